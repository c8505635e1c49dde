// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import searchIndex from './src/integrations/search-index.ts';

/**
 * The inline preferences script (src/components/PrefsScript.astro), hashed for the CSP: Astro hashes
 * the scripts it bundles, not inline ones. Trimmed exactly as the component trims it.
 */
const prefsScript = readFileSync(new URL('./src/scripts/prefs.inline.js', import.meta.url), 'utf8').trim();
/** @type {`sha256-${string}`} */
const prefsScriptHash = `sha256-${createHash('sha256').update(prefsScript).digest('base64')}`;

/** The public origin; set SITE_URL when deploying. Locally the site is served on 127.0.0.1:4321. */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

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
    // Pagefind indexes the segments while the pages render (src/integrations/search-index.ts).
    searchIndex(),
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
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits into a CSP <meta> tag on each page.
    // No 'unsafe-inline' for scripts; Pagefind's WebAssembly needs 'wasm-unsafe-eval' only.
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self' blob:"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [prefsScriptHash] },
      // No inline style either: citation code is coloured by classes (src/lib/highlight.ts).
      styleDirective: { resources: ["'self'"] },
    },
  },
});
