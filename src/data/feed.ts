import rss from '@astrojs/rss';
import { getSite } from './site';
import { feedItems } from '../lib/feed';
import { ui, type Locale } from '../lib/i18n';

/** RSS feed of transcripts and fact-checks in one interface language (@astrojs/rss). */
export async function feed(locale: Locale, site: URL) {
  const { transcripts } = await getSite();
  return rss({
    title: ui[locale].siteName,
    description: ui[locale].tagline,
    site,
    items: feedItems(transcripts, locale, site),
    customData: `<language>${locale}</language>`,
  });
}
