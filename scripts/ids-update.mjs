// Registers new segment ids in content/ids/<slug>.json (never removes one), so that the build
// accepts them; reports published ids that are gone without a redirect. Usage: npm run ids:update
// Rules: src/lib/id-registry.ts (loaded here with Node's type stripping). Guide: docs/authoring.md.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { updateRegistry, parseRegistry, serializeRegistry, registryPath } from '../src/lib/id-registry.ts';

const root = new URL('..', import.meta.url);
const transcriptsDir = new URL('content/transcripts/', root);

/** Segment ids in reading order, read from the <Segment id="…"> elements. */
function segmentIds(mdx) {
  // Only the body is MDX: a `{` or `<` in a frontmatter value would not parse as MDX.
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const ids = [];
  const walk = (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Segment') {
      const id = node.attributes.find((a) => a.name === 'id')?.value;
      if (typeof id === 'string') ids.push(id);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return ids;
}

let failed = false;
mkdirSync(new URL('content/ids/', root), { recursive: true });
for (const name of readdirSync(transcriptsDir).filter((f) => f.endsWith('.mdx')).sort()) {
  const slug = name.replace(/\.mdx$/, '');
  const file = registryPath(slug);
  const url = new URL(file, root);
  const existing = existsSync(url) ? parseRegistry(JSON.parse(readFileSync(url, 'utf8')), file) : undefined;
  const { registry, added, missing } = updateRegistry(existing, slug, segmentIds(readFileSync(new URL(name, transcriptsDir), 'utf8')));
  if (added.length > 0 || !existing) writeFileSync(url, serializeRegistry(registry));
  console.log(`${file}: ${added.length} id(s) added${added.length ? ` (${added.slice(0, 8).join(", ")}${added.length > 8 ? ", …" : ""})` : ""}, ${registry.ids.length} registered, ${Object.keys(registry.redirects).length} redirect(s)`);
  for (const id of missing) {
    failed = true;
    console.error(`${file} [${id}]: published id is gone from content/transcripts/${name} and has no redirect. Restore it, or add "redirects": { "${id}": "<successor id>" } (docs/authoring.md, "Renaming or splitting a segment").`);
  }
}
process.exit(failed ? 1 : 0);
