// Registers new segment ids in content/ids/<slug>.json (never removes one), so that the build
// accepts them; reports published ids that are gone without a redirect. Usage: npm run ids:update
// Rules: src/lib/id-registry.ts (loaded here with Node's type stripping). Guide: docs/authoring/corrections.md.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { parseTranscriptBody } from '../src/lib/transcript-body.ts';
import { updateRegistry, parseRegistry, serializeRegistry, registryPath } from '../src/lib/id-registry.ts';

const root = new URL('..', import.meta.url);
const transcriptsDir = new URL('content/transcripts/', root);

/** Segment ids in reading order, read by the build's own parser; the front matter is blanked so that line numbers stay the file's. */
function segmentIds(mdx, file) {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
  return parseTranscriptBody(body, file).flatMap((section) => section.segments.map((s) => s.id));
}

let failed = false;
mkdirSync(new URL('content/ids/', root), { recursive: true });
for (const name of readdirSync(transcriptsDir).filter((f) => f.endsWith('.mdx')).sort()) {
  const slug = name.replace(/\.mdx$/, '');
  const file = registryPath(slug);
  const url = new URL(file, root);
  let ids;
  try {
    ids = segmentIds(readFileSync(new URL(name, transcriptsDir), 'utf8'), `content/transcripts/${name}`);
  } catch (e) {
    // A transcript the build would refuse registers nothing; the author sees the build's own line.
    if (e?.name !== 'ContentProblems') throw e;
    console.error(`${e.message} — fix it, then run npm run ids:update again.`);
    failed = true;
    continue;
  }
  const existing = existsSync(url) ? parseRegistry(JSON.parse(readFileSync(url, 'utf8')), file) : undefined;
  const { registry, added, missing } = updateRegistry(existing, slug, ids);
  if (added.length > 0 || !existing) writeFileSync(url, serializeRegistry(registry));
  console.log(`${file}: ${added.length} id(s) added${added.length ? ` (${added.slice(0, 8).join(", ")}${added.length > 8 ? ", …" : ""})` : ""}, ${registry.ids.length} registered, ${Object.keys(registry.redirects).length} redirect(s)`);
  for (const id of missing) {
    failed = true;
    console.error(`${file} [${id}]: published id is gone from content/transcripts/${name} and has no redirect. Restore it, or add "redirects": { "${id}": "<successor id>" } (docs/authoring/corrections.md, "Renaming or splitting a segment").`);
  }
}
process.exit(failed ? 1 : 0);
