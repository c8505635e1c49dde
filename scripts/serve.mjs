// Serves the built site (dist/) on 127.0.0.1 as a static host would: brotli/gzip from the files
// scripts/compress.mjs wrote, long caching for fingerprinted assets, revalidation for pages, and the
// site's own 404 page. Used by `npm start`, the tests and the benchmarks.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { pagefindGzipFile } from './compress.mjs';

const root = process.env.DIST_DIR ? process.env.DIST_DIR.replace(/\/$/, '') : fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
/** Content-hashed files (also listed in dist/_headers by write-headers.mjs). */
const immutable = /^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;
const assets = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    // Files under /_astro/ and Pagefind's index, fragments, filters and metadata carry a content hash
    // in their name: they never change, so a second search loads none of them again.
    res.setHeader('cache-control', immutable.test(pathname) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    if (isPagefindGzip(pathname)) res.setHeader('content-type', pathname.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream');
  },
});
const notFound = readFileSync(`${root}/404.html`);

/** Pagefind's index, fragment, filter, metadata and WebAssembly files: gzip streams as written. */
const isPagefindGzip = (pathname) => pathname.startsWith('/pagefind/') && pagefindGzipFile.test(pathname);

createServer((req, res) => {
  // Pagefind's gzip files go out as they are, labelled `Content-Encoding: gzip`: the browser inflates
  // them natively and Pagefind, finding its signature in clear, skips its own JavaScript inflater on
  // the page's main thread. A browser that accepts brotli gets the smaller .br copy compress.mjs wrote
  // (sirv labels that one itself).
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  if (isPagefindGzip(pathname) && !(/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(`${root}${decodeURIComponent(pathname)}.br`))) {
    res.setHeader('content-encoding', 'gzip');
  }
  return assets(req, res, () => {
    res.removeHeader('content-encoding');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
}).listen(port, host, () => console.log(`Interlinear is served at http://${host}:${port}/`));
