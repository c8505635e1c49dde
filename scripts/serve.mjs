// Serves the built site (dist/) on 127.0.0.1, with the site's own 404 page. Used by `npm start` and the tests.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = process.env.DIST_DIR ? process.env.DIST_DIR.replace(/\/$/, '') : fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });
const notFound = readFileSync(`${root}/404.html`);

createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(port, host, () => console.log(`Interlinear is served at http://${host}:${port}/`));
