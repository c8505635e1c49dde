import { interfaceLanguages, localePrefix, type Locale } from './locales';

/** Every path on the site is built here, so that permalinks have one definition. */
export const paths = {
  home: (l: Locale) => `${localePrefix[l]}/`,
  about: (l: Locale) => `${localePrefix[l]}/about/`,
  factChecks: (l: Locale) => `${localePrefix[l]}/fact-checks/`,
  sources: (l: Locale) => `${localePrefix[l]}/sources/`,
  predictions: (l: Locale) => `${localePrefix[l]}/predictions/`,
  search: (l: Locale) => `${localePrefix[l]}/search/`,
  corrections: (l: Locale) => `${localePrefix[l]}/corrections/`,
  /** An entry of the corrections log. */
  correction: (l: Locale, id: string) => `${localePrefix[l]}/corrections/#${id}`,
  correctionsFeed: (l: Locale) => `${localePrefix[l]}/corrections/feed.xml`,
  transcript: (l: Locale, slug: string) => `${localePrefix[l]}/transcripts/${slug}/`,
  /** The segment's own page: the permanent permalink. */
  segment: (l: Locale, slug: string, id: string) => `${localePrefix[l]}/transcripts/${slug}/${id}/`,
  /** The segment's place in the transcript. */
  segmentAnchor: (l: Locale, slug: string, id: string) => `${localePrefix[l]}/transcripts/${slug}/#${id}`,
  /** The segment as a card for other sites' iframes: one for both interface languages (it is bilingual). */
  embed: (slug: string, id: string) => `/transcripts/${slug}/${id}/embed/`,
  /** The card's oEmbed description, found from the segment page's <link rel="alternate">. */
  oembed: (slug: string, id: string) => `/transcripts/${slug}/${id}/oembed.json`,
  exportJson: (slug: string) => `/transcripts/${slug}.json`,
  /** What "Cite selection" fetches to cite a passage of the transcript (src/lib/passage-cite.ts). */
  passageData: (slug: string) => `/transcripts/${slug}/passages.json`,
  exportJsonLd: (slug: string) => `/transcripts/${slug}.annotations.jsonld`,
  /** The share card of a segment (src/pages/og/[slug]/[id].png.ts). */
  ogImage: (slug: string, id: string) => `/og/${slug}/${id}.png`,
  /** The transcript's bibliography downloads (src/pages/transcripts/[slug].bib.ts, .ris.ts). */
  bibliography: (slug: string, ext: 'bib' | 'ris') => `/transcripts/${slug}.${ext}`,
};

/** Converts a path of one locale into the same page in another. */
export function switchLocale(path: string, to: Locale): string {
  const from = interfaceLanguages.find((l) => l.path && (path === `/${l.path}` || path.startsWith(`/${l.path}/`)));
  const bare = (from ? path.slice(from.path.length + 1) : path) || '/';
  return `${localePrefix[to]}${bare}`;
}
