// The last step of a split build: `npm run build:merge -- <dist of shard 1> <dist of shard 2> …`.
// Each shard (SHARD=i/N npm run build) built the pages of its own transcripts; this step builds the
// shared pages (home, indexes, search page, feeds, sitemap) with SHARD=shared, copies the shards'
// files in, indexes every segment once with Pagefind, writes the headers file and compresses what
// the shards did not. The result is the dist/ a single build gives (tests/integration/shards.test.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressDir } from './compress.mjs';
import { cacheFolder } from './build-cache.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const fail = (message) => {
  console.error(`build:merge: ${message}`);
  process.exit(1);
};

const shardDirs = process.argv.slice(2).map((d) => resolve(d));
if (shardDirs.length === 0) fail('no shard folders given — run `npm run build:merge -- <dist of shard 1> <dist of shard 2> …`');
for (const d of shardDirs) if (!existsSync(d) || !statSync(d).isDirectory()) fail(`${d}: not a folder — give the dist/ folder each shard's \`SHARD=i/N npm run build\` wrote`);

/** Every file of the shards: path relative to dist/ → the shard folder it comes from. */
const fromShards = new Map();
for (const d of shardDirs) {
  for (const e of readdirSync(d, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = relative(d, join(e.parentPath, e.name)).split(sep).join('/');
    const other = fromShards.get(rel);
    if (other) fail(`${rel}: built by two shards (${other} and ${d}) — give every shard the same N in SHARD=i/N`);
    fromShards.set(rel, d);
  }
}
if (fromShards.size === 0) fail(`the shard folders hold no files — did each shard run \`SHARD=i/N npm run build\`?`);

const run = (what, args, env = {}) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) fail(`${what} failed (see above)`);
};

// The shards' pages go into the sitemap the shared build writes (astro.config.mjs).
const work = mkdtempSync(join(tmpdir(), 'interlinear-merge-'));
try {
  const pages = [...fromShards.keys()].filter((p) => p.endsWith('index.html')).map((p) => `/${p.slice(0, -'index.html'.length)}`);
  writeFileSync(join(work, 'pages.json'), JSON.stringify(pages));
  run('astro build of the shared pages', ['--max-old-space-size=1024', join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { SHARD: 'shared', SITEMAP_EXTRA_PAGES: join(work, 'pages.json') });
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const [rel, d] of fromShards) {
  if (existsSync(join(dist, rel))) fail(`${rel}: built by a shard and by the shared build — it belongs to one of them only (src/lib/shard.ts)`);
  mkdirSync(dirname(join(dist, rel)), { recursive: true });
  copyFileSync(join(d, rel), join(dist, rel));
}
console.log(`merge: ${fromShards.size} files from ${shardDirs.length} shard(s)`);

run('search index', [join(root, 'scripts/build-search-index.mjs')], { SHARD: 'shared' });
run('headers', [join(root, 'scripts/write-headers.mjs')], { SHARD: 'shared' });
// The shards compressed their own files: only the shared ones are left.
const hasCopies = (p) => {
  const rel = relative(dist, p).split(sep).join('/');
  return fromShards.has(rel) && (fromShards.has(`${rel}.br`) || fromShards.has(`${rel}.gz`));
};
const { files, made } = await compressDir(dist, { cacheDir: cacheFolder('compress'), skip: hasCopies });
console.log(`compress: ${files} shared files (${made} copies compressed, the others taken from the build cache)`);
