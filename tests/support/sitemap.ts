/** Every page of the site, read from the built sitemap (the same list search engines get). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist';

/** Paths of every page in the sitemap, e.g. `/transcripts/x-takeover-2025/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const locs = files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  if (locs.length === 0) throw new Error('the sitemap lists no pages');
  return [...new Set(locs)].sort();
}

/** Every built HTML file, as a path relative to dist/. */
export function htmlFiles(dir = distDir, prefix = ''): string[] {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.html') ? [`${prefix}${e.name}`] : [],
  );
}
