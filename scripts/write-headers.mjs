// After the build: writes dist/_headers (Netlify/Cloudflare Pages format) so hosts that read it send
// each page's Content-Security-Policy as a header too — the same policy Astro put in the page's
// <meta>, plus what only a header can say (frame-ancestors) — a few safe defaults for all files, and
// long caching for the files whose names carry a content hash.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseShard } from '../src/lib/shard.ts';

// A shard of a split build writes no headers file: the merge step writes one for every page.
if (parseShard(process.env.SHARD).kind === 'shard') {
  console.log('headers: left to the merge step (SHARD is set)');
  process.exit(0);
}

const dist = new URL('../dist/', import.meta.url).pathname;
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

/**
 * The page's CSP meta tag. It is in the <head>, within the first few KB; reading only the start of
 * each page keeps this step fast on large builds (a 10,000-segment corpus is ~800 MB of HTML).
 * The whole file is read only if the tag is not found there.
 */
const head = Buffer.alloc(16 * 1024);
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const MARKER = Buffer.from('http-equiv="content-security-policy"');
function cspOf(file) {
  const fd = openSync(file, 'r');
  let n;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  // Only the tag itself becomes a string (decoding every page's head was mostly garbage collection).
  const at = head.subarray(0, n).indexOf(MARKER);
  const end = at < 0 ? -1 : head.subarray(0, n).indexOf('>', at);
  const tag = end < 0 ? readFileSync(file, 'utf8') : `<meta ${head.toString('utf8', at, end + 1)}`;
  return tag.match(CSP_META)?.[1];
}

const blocks = ['/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: same-origin', '  Permissions-Policy: camera=(), microphone=(), geolocation=()', ''];
// Files whose names carry a content hash never change. scripts/serve.mjs reads these rules too.
// Each other language's search index sits in a folder of its own under /pagefind/ (src/lib/search/records.ts, bundleDir).
const pagefindDirs = ['/pagefind/', ...(existsSync(join(dist, 'pagefind')) ? readdirSync(join(dist, 'pagefind'), { withFileTypes: true }) : [])
  .filter((d) => d.isDirectory() && existsSync(join(dist, 'pagefind', d.name, 'pagefind-entry.json')))
  .map((d) => `/pagefind/${d.name}/`)];
for (const path of ['/_astro/*', ...pagefindDirs.flatMap((dir) => [`${dir}index/*`, `${dir}fragment/*`, `${dir}filter/*`, `${dir}*.pf_meta`])]) {
  blocks.push(path, '  Cache-Control: public, max-age=31536000, immutable', '');
}
/** The quote cards' route, /transcripts/<slug>/<id>/embed/ (src/pages/transcripts/[slug]/[id]/embed.astro). */
const EMBED = /^\/transcripts\/[^/]+\/[^/]+\/embed\/$/;
let count = 0;
for (const file of htmlFiles(dist).sort()) {
  const csp = cspOf(file);
  if (!csp) throw new Error(`${relative(dist, file)} has no Content-Security-Policy meta tag`);
  const rel = relative(dist, file).split(sep).join('/');
  const path = `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
  const policy = csp.replace(/&#39;/g, "'").replace(/;\s*$/, '');
  // Only the quote cards may be framed, by any site (that is what they are for); every other page
  // refuses to be, so no one can overlay it to trick a click. X-Frame-Options says the same to
  // browsers that predate frame-ancestors.
  if (EMBED.test(path)) blocks.push(path, `  Content-Security-Policy: ${policy}; frame-ancestors *`, '  X-Robots-Tag: noindex', '');
  else blocks.push(path, `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`, '  X-Frame-Options: DENY', '');
  count += 1;
}
writeFileSync(join(dist, '_headers'), blocks.join('\n'));
console.log(`headers: Content-Security-Policy for ${count} pages in dist/_headers`);
