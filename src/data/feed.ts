import rss from '@astrojs/rss';
import { getSite } from './site';
import { getSettings } from './settings';
import { correctionFeedItems, feedItems } from '../lib/feed';
import { pick, ui, type Locale } from '../lib/i18n';

/** RSS feed of transcripts and fact-checks in one interface language (@astrojs/rss). */
export async function feed(locale: Locale, site: URL) {
  const { transcripts } = await getSite();
  const { siteName, description } = await getSettings();
  return rss({
    title: pick(siteName, locale),
    description: pick(description, locale),
    site,
    items: feedItems(transcripts, locale, site),
    customData: `<language>${locale}</language>`,
  });
}

/** RSS feed of the corrections log in one interface language. */
export async function correctionsFeed(locale: Locale, site: URL) {
  const { corrections, transcripts } = await getSite();
  const L = ui[locale].corrections;
  const pairs = new Map(transcripts.map((t) => [t.meta.slug, t.meta]));
  const { siteName } = await getSettings();
  return rss({ title: L.feedTitle(pick(siteName, locale)), description: L.intro, site, items: correctionFeedItems(corrections, locale, site, pairs), customData: `<language>${locale}</language>` });
}
