/** The site settings (content/data/settings.yaml), read once per build. */
import { getCollection } from 'astro:content';
import type { Settings } from '../schemas/settings';

export const SETTINGS_FILE = 'content/data/settings.yaml';

let cached: Promise<Settings> | undefined;

async function load(): Promise<Settings> {
  const site = (await getCollection('settings')).find((e) => e.id === 'site')?.data;
  if (!site) throw new Error(`${SETTINGS_FILE}: no entry with id: site — restore the file from git, or write one entry "- id: site" with siteName and description (docs/authoring/site-settings.md)`);
  // Said on every build, like SITE_URL in astro.config.mjs, so that a public build cannot miss it.
  if (!site.reportErrors) console.warn(`${SETTINGS_FILE}: reportErrors is not set — readers have no address to report an error to. Set it (docs/authoring/corrections.md, "Correcting published text").`);
  return site;
}

export function getSettings(): Promise<Settings> {
  cached ??= load();
  return cached;
}
