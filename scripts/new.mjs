// Starts an empty transcript for an author who types rather than imports: every frontmatter field
// to fill in, a commented example of each element, an empty annotations file and id registry.
// Usage: npm run new -- <slug>. Guide: docs/authoring.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeEmptyTranscript } from '../src/lib/import/write-mdx.ts';
import { registryPath, serializeRegistry } from '../src/lib/id-registry.ts';

const root = new URL('..', import.meta.url);
const slug = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(slug) || process.argv.length > 3) {
  console.error(`npm run new ${slug ? `"${process.argv.slice(2).join(' ')}" is not one slug` : 'needs a slug'} — give one, lowercase words joined by hyphens: npm run new -- my-interview`);
  process.exit(1);
}
const transcript = `content/transcripts/${slug}.mdx`;
if (existsSync(new URL(transcript, root))) {
  console.error(`${transcript} already exists — choose another slug, or edit that file`);
  process.exit(1);
}
const files = [
  // Chinese → English until the author changes originalLanguage and translationLanguage (any BCP 47 tags).
  [transcript, writeEmptyTranscript(slug, 'zh-Hant')],
  [`content/annotations/${slug}/notes.yaml`, '# Notes on this transcript: fact-checks, translation notes, context. Format: docs/authoring.md, "Annotations".\nannotations: []\n'],
  [registryPath(slug), serializeRegistry({ slug, ids: [], redirects: {} })],
];
for (const [file, text] of files) {
  if (existsSync(new URL(file, root))) continue;
  mkdirSync(new URL('.', new URL(file, root)), { recursive: true });
  writeFileSync(new URL(file, root), text);
  console.log(`wrote ${file}`);
}
console.log(`Next: fill in every TODO(import) in ${transcript} (npm run check lists them), write its sections and segments, then npm run ids:update and npm run build.`);
