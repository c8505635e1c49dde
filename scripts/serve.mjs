// Serves the built site (dist/) on 127.0.0.1 as a static host would: brotli/gzip from the files
// scripts/compress.mjs wrote, the headers of dist/_headers (each page's Content-Security-Policy, long
// caching for content-hashed files; written by scripts/write-headers.mjs, read here the way
// Cloudflare Pages and Netlify read it), revalidation for everything else, and the site's own 404
// page. Used by `npm start`, the tests and the benchmarks, so they all run under the real headers.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { pagefindGzipFile } from './compress.mjs';
import { parseHeaders } from '../src/build/headers-file.ts';

const root = process.env.DIST_DIR ? process.env.DIST_DIR.replace(/\/$/, '') : fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const headersFile = `${root}/_headers`;
const headersFor = parseHeaders(existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
const setHeaders = (res, pathname) => {
  res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
  for (const [name, value] of headersFor(pathname)) res.setHeader(name, value);
};
const assets = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    // sirv passes the file's path: /search/index.html for /search/, as _headers names it.
    setHeaders(res, pathname.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
    if (isPagefindGzip(pathname)) res.setHeader('content-type', pathname.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream');
  },
});
const notFound = readFileSync(`${root}/404.html`);

/** Pagefind's index, fragment, filter, metadata and WebAssembly files: gzip streams as written. */
const isPagefindGzip = (pathname) => pathname.startsWith('/pagefind/') && pagefindGzipFile.test(pathname);

const server = createServer((req, res) => {
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
    setHeaders(res, '/404');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});
// Longer than a client may stay idle between requests (a test busy for seconds): a socket the server
// closes while the client still counts it as open fails that client's next request.
server.keepAliveTimeout = 65_000;
// PORT=0 lets the system pick a free port (the tests do); the line says which one it is.
server.listen(port, host, () => console.log(`Interlinear is served at http://${host}:${server.address().port}/`));
