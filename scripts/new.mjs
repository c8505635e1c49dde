// Starts an empty transcript for an author who types rather than imports: every frontmatter field
// to fill in, a commented example of each element, an empty annotations file and id registry.
// Usage: npm run new -- <slug> [--original-lang <tag>] [--translation-lang <tag>]. Guide: docs/authoring/import.md.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeEmptyTranscript } from '../src/lib/import/write-mdx.ts';
import { checkNewOptions } from '../src/lib/import/new-options.ts';
import { formatProblem } from '../src/lib/import/blocks.ts';
import { registryPath, serializeRegistry } from '../src/lib/id-registry.ts';

const root = new URL('..', import.meta.url);
const { values, positionals } = parseArgs({ options: { 'original-lang': { type: 'string' }, 'translation-lang': { type: 'string' } }, strict: false, allowPositionals: true });
const { options, problems } = checkNewOptions(values, positionals);
if (!options) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const { slug } = options;
const transcript = `content/transcripts/${slug}.mdx`;
if (existsSync(new URL(transcript, root))) {
  console.error(`${transcript} already exists — choose another slug, or edit that file`);
  process.exit(1);
}
const files = [
  [transcript, writeEmptyTranscript(slug, options.originalLang, options.translationLang)],
  [`content/annotations/${slug}/notes.yaml`, '# Notes on this transcript: fact-checks, translation notes, context. Format: docs/authoring/notes-and-fact-checks.md, "Annotations".\nannotations: []\n'],
  [registryPath(slug), serializeRegistry({ slug, ids: [], redirects: {} })],
];
for (const [file, text] of files) {
  if (existsSync(new URL(file, root))) continue;
  mkdirSync(new URL('.', new URL(file, root)), { recursive: true });
  writeFileSync(new URL(file, root), text);
  console.log(`wrote ${file}`);
}
console.log(`Next: fill in every TODO(import) in ${transcript} (npm run check lists them), write its sections and segments, then npm run ids:update and npm run build.`);
