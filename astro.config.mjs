// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { cacheFolder } from './scripts/build-cache.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import keepDist from './src/build/keep-dist.ts';
import { interfaceLanguages } from './src/lib/locales.ts';

/** The public origin; set SITE_URL when deploying. Locally the site is served on 127.0.0.1:4321. */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
// Every citation, canonical link and export carries this origin: a public build without SITE_URL
// would hand readers links to 127.0.0.1. Said on every build, so that a deploy cannot miss it.
if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: absolute URLs (citations, canonical links, exports) use ${site}. Set SITE_URL for a public build.`);

export default defineConfig({
  site,
  integrations: [
    mdx(),
    sitemap({
      // hreflang alternates between the interface languages of every page (src/lib/locales.ts), keyed
      // by their URL prefix; the root language's key is its tag.
      i18n: { defaultLocale: interfaceLanguages[0].tag, locales: Object.fromEntries(interfaceLanguages.map((l) => [l.path || l.tag, l.tag])) },
      // Redirect stubs for renamed segment ids are not pages of their own; quote cards (…/embed/)
      // are parts of other sites' pages, marked noindex.
      filter: (page) => !page.includes('/_redirect/') && !page.endsWith('/embed/'),
      // The merge step of a split build lists the pages the shards built (scripts/merge-shards.mjs).
      customPages: process.env.SITEMAP_EXTRA_PAGES ? JSON.parse(readFileSync(process.env.SITEMAP_EXTRA_PAGES, 'utf8')).map((/** @type {string} */ p) => new URL(p, site).href) : [],
    }),
    // `npm run dev` checks the content like `npm run check` and shows problems in the overlay.
    contentCheck(),
    // dist/ is kept between builds (emptyOutDir below); this removes all but the last build's unchanged pages.
    keepDist({ record: cacheFolder('dist-record.json') }),
  ],
  // One stylesheet file, cached across pages: inlined, it was repeated in every page and weighed on
  // the transcript page's markup budget (docs/architecture/pages.md, "One stylesheet").
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // The copying code is bundled as a standalone ES module (see src/components/PrefsScript.astro).
    worker: { format: 'es' },
    // Scripts are never inlined into the page: the policy runs no unhashed inline script, and Astro
    // inlines a small component script (the recording player's) unless this says no. Other assets: Vite's default.
    // dist/ is not emptied: a page the incremental build skips then stays in place instead of being
    // deleted and copied back from the cache; src/build/keep-dist.ts clears everything else.
    build: { cssCodeSplit: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined), emptyOutDir: false },
  },
  devToolbar: { enabled: false },
  // A page is rendered again only when its data (the `cacheKey` its route gives, src/data/routes.ts)
  // or its code changed; the others are copied from the cache. build.concurrency stays at its default
  // (1), as Astro's notes on this experimental feature ask.
  experimental: { incrementalBuild: true },
  // Astro's cache (content store, incremental pages) beside the other build steps' caches, in the
  // one folder CI persists (scripts/build-cache.mjs).
  cacheDir: cacheFolder('astro'),
  // Shiki in Markdown colours code with style attributes, which the policy does not allow; the
  // citation code blocks have their own class-based highlighting (src/lib/highlight.ts).
  // No typographer: our English writes its apostrophes straight and its quotation marks curly, as
  // typed; it curled the apostrophes of the pages written in Markdown only (the About pages).
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  // The Content-Security-Policy is written by the layout (src/layouts/Base.astro, src/build/csp.ts).
});
