// After the build: writes dist/_headers (Netlify/Cloudflare Pages format) so hosts that read it send
// each page's Content-Security-Policy as a header too — the same policy Astro put in the page's
// <meta>, plus what only a header can say (frame-ancestors) — and a few safe defaults for all files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

const blocks = ['/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', '  Permissions-Policy: camera=(), microphone=(), geolocation=()', ''];
let count = 0;
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
  if (!csp) throw new Error(`${relative(dist, file)} has no Content-Security-Policy meta tag`);
  const rel = relative(dist, file).split(sep).join('/');
  const path = `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
  blocks.push(path, `  Content-Security-Policy: ${csp.replace(/&#39;/g, "'").replace(/;\s*$/, '')}; frame-ancestors 'none'`, '');
  count += 1;
}
writeFileSync(join(dist, '_headers'), blocks.join('\n'));
console.log(`headers: Content-Security-Policy for ${count} pages in dist/_headers`);
