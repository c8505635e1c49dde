import type { Transcript } from './assemble';
import { pick, ui, type Locale } from './i18n';
import type { Correction } from '../schemas/correction';
import { newestFirst } from './corrections';
import { pairNamesIn, type LanguagePair } from './languages';
import { verdictInfo } from './verdicts';
import { paths } from './urls';

/** One feed item: a published transcript, or a fact-check (dated by its review). */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** The feed's items for one interface language, newest first, with absolute links. */
export function feedItems(transcripts: readonly Transcript[], locale: Locale, site: URL): FeedItem[] {
  const items: FeedItem[] = [];
  // Absolute links: the feed library would otherwise append a slash after a #fragment.
  const abs = (path: string) => new URL(path, site).href;
  // The locale's own colon: full-width in Chinese (大致正確：…), which carries its own space.
  const { colon, afterColon } = ui[locale].punct;
  for (const t of transcripts) {
    items.push({ title: pick(t.meta.title, locale), link: abs(paths.transcript(locale, t.meta.slug)), pubDate: t.meta.date, description: pick(t.meta.summary, locale) });
    for (const a of t.annotations) {
      if (a.kind !== 'fact-check' || !a.verdict || !a.checked || !a.finding) continue;
      items.push({
        title: `${verdictInfo[a.verdict].label[locale]}${colon}${afterColon}${a.claim ? pick(a.claim, locale) : a.id}`,
        link: abs(`${paths.transcript(locale, t.meta.slug)}#note-${a.id}`),
        pubDate: new Date(a.checked),
        description: pick(a.finding, locale),
      });
    }
  }
  return items.sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.link.localeCompare(y.link));
}

/** The corrections feed's items, newest first: one per log entry, linking to its anchor on /corrections/. */
/** `pairs`: each transcript's language tags, by slug, which name the texts a correction changed. */
export function correctionFeedItems(entries: readonly Correction[], locale: Locale, site: URL, pairs: ReadonlyMap<string, LanguagePair> = new Map()): FeedItem[] {
  const L = ui[locale].corrections;
  const p = ui[locale].punct;
  return newestFirst(entries).map((c) => ({
    title: `${L.type[c.type]}${p.colon}${p.afterColon}${L.field(c.field, pairNamesIn(pairs.get(c.transcript ?? '') ?? { originalLanguage: 'zh-Hant', translationLanguage: 'en' }, locale))}${p.open}${[...c.segments, ...c.annotations, ...c.sources].join(p.listSep) || c.id}${p.close}`,
    link: new URL(paths.correction(locale, c.id), site).href,
    pubDate: new Date(`${c.date}T00:00:00Z`),
    description: `${pick(c.reason, locale)} ${L.before}${p.colon}${p.afterColon}${c.before} ${L.after}${p.colon}${p.afterColon}${c.after}`,
  }));
}
