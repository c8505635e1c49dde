// The step of `npm run build` after `astro build` in a split build (SHARD=i/N, src/lib/shard.ts):
// keeps in dist/ only the files of the shard's own transcripts (their pages, exports and share
// images, with the compressed copies the build's last step adds); the merge step
// (scripts/merge-shards.mjs) builds everything shared. Without SHARD, or with SHARD=shared, it does nothing.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseShard, transcriptOwns } from '../src/lib/shard.ts';

const part = parseShard(process.env.SHARD);
if (part.kind === 'shard') {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  // The shard's transcripts: those whose JSON export it built.
  const slugs = existsSync(join(dist, 'transcripts'))
    ? readdirSync(join(dist, 'transcripts')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length))
    : [];
  let removed = 0;
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = relative(dist, join(e.parentPath, e.name)).split(sep).join('/');
    if (!slugs.some((slug) => transcriptOwns(path, slug))) {
      rmSync(join(dist, path));
      removed += 1;
    }
  }
  // Folders left empty by the removals.
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true }).filter((x) => x.isDirectory()).reverse()) {
    const dir = join(e.parentPath, e.name);
    if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  }
  console.log(`shard ${part.index}/${part.count}: ${slugs.length} transcript(s) kept in dist/ (${slugs.join(', ') || 'none'}); ${removed} shared file(s) left to the merge step`);
}
