// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import blockingWrites from './src/integrations/blocking-writes.ts';
import quietPageList from './src/integrations/quiet-page-list.ts';
import contentCheck from './src/integrations/content-check.ts';

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
      // hreflang alternates between the two interface languages of every page.
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-hant': 'zh-Hant' } },
      // Redirect stubs for renamed segment ids are not pages of their own.
      filter: (page) => !page.includes('/_redirect/'),
    }),
    // Astro's page writes as blocking calls during the build: faster at 20,000 pages (see the file).
    blockingWrites(),
    // No line per page in the build's log: 40,000 lines at 10,000 segments (see the file).
    quietPageList(),
    // `npm run dev` checks the content like `npm run check` and shows problems in the overlay.
    contentCheck(),
  ],
  // One stylesheet file (about 3 KB compressed), cached across pages: inlined, it was repeated in
  // every page and made up a fifth of the transcript page's markup (docs/architecture.md, "Serving").
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // The copying code is bundled as a standalone ES module (see src/components/PrefsScript.astro).
    worker: { format: 'es' },
    build: { cssCodeSplit: false },
    // The citation worker thread is loaded by Node from its source (src/data/segment-citations.ts).
    define: { __CITE_WORKER__: JSON.stringify(new URL('./src/data/cite-worker.ts', import.meta.url).href) },
  },
  devToolbar: { enabled: false },
  // Shiki in Markdown colours code with style attributes, which the policy does not allow; the
  // citation code blocks have their own class-based highlighting (src/lib/highlight.ts).
  // No typographer: our English writes its apostrophes straight and its quotation marks curly, as
  // typed; it curled the apostrophes of the pages written in Markdown only (the About pages).
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  // The Content-Security-Policy is written by the layout (src/layouts/Base.astro, src/lib/csp.ts).
});
