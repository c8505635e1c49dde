// Serves the built site (dist/) on 127.0.0.1 as a static host would: brotli/gzip from the files
// scripts/compress.mjs wrote, long caching for fingerprinted assets, revalidation for pages, and the
// site's own 404 page. Used by `npm start`, the tests and the benchmarks.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = process.env.DIST_DIR ? process.env.DIST_DIR.replace(/\/$/, '') : fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const pagefindGzip = /^\/pagefind\/.*\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;
const assets = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    // Files under /_astro/ carry a content hash in their name: they never change.
    res.setHeader('cache-control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    // Pagefind writes its index, fragments, filters, metadata and WebAssembly as gzip streams. Sent
    // as `Content-Encoding: gzip`, the browser inflates them natively, and Pagefind, finding its
    // signature already in clear, skips its own JavaScript inflater on the page's main thread.
    if (pagefindGzip.test(pathname)) {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-type', pathname.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream');
    }
  },
});
const notFound = readFileSync(`${root}/404.html`);

createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(port, host, () => console.log(`Interlinear is served at http://${host}:${port}/`));
