// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public origin; set SITE_URL when deploying. Locally the site is served on 127.0.0.1:4321. */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
