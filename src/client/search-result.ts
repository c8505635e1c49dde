/**
 * A search result as the search page shows it (src/client/search.ts): built from the record's
 * display data with DOM calls, so no markup from the index is ever parsed.
 */
import type { Locale } from '../lib/i18n';
import { searchStrings } from '../lib/search-strings';
import { paths } from '../lib/urls';
import { highlight, matchRanges, type ParsedQuery, type MatchLanguage } from '../lib/search/query.ts';
import { textDirective } from '../lib/search/fragment.ts';
import { localeMetaKey, NO_VERDICT, NOTE_KIND, type LocaleField } from '../lib/search/records.ts';
import { rootLocale } from '../lib/locales';
import { isUncheckedClaim } from '../lib/unchecked';

/** A record's display data (src/lib/search/records.ts writes it). */
export interface Meta {
  id: string; slug: string; speaker: string; section: string; kind: string; verdicts: string;
  /** The texts and their language tags (a note's texts are its Chinese and English, src/lib/search/records.ts). */
  original: string; translation: string; originalLang: string; translationLang: string;
  /** On a note's record: its kind and the segment it is on (`segment` is the id itself on a segment's). */
  noteKind: string; segment: string;
  /** The speaker's, section's and transcript's names in each interface language (`localeMetaKey`). */
  [perLocale: string]: string;
}
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

function marked(text: string, q: ParsedQuery): (Node | string)[] {
  return highlight(text, q).map((p) => (p.mark ? el('mark', {}, p.text) : p.text));
}

/**
 * A result's fact-check verdicts as badges, worded as the verdict filter's options are ("✓ Accurate",
 * whose symbol the badge's class draws, as on every badge): the words come from the page, in its
 * language, and none ride in this code. A
 * quote or claim with no fact-check says so, in the words of the filter's "not fact-checked" option,
 * as the transcript does.
 */
function verdictBadges(m: Meta, form: HTMLFormElement): HTMLElement[] {
  const select = form.elements.namedItem('verdict');
  if (!(select instanceof HTMLSelectElement)) return [];
  const option = (v: string) => [...select.options].find((o) => o.value === v);
  const verdicts = m.verdicts ? [...new Set(m.verdicts.split(' '))] : [];
  if (isUncheckedClaim(m.kind, verdicts.length)) {
    const none = option(NO_VERDICT);
    return none ? [el('span', { className: 'kind-tag search-unchecked' }, none.text)] : [];
  }
  return verdicts.flatMap((v) => {
    const o = option(v);
    if (!o) return [];
    const [, ...words] = o.text.split(' ');
    return [el('span', { className: `badge v-${v}` }, words.join(' '))];
  });
}

/** A note is long: its result shows about 240 characters around the match, not the whole note. */
function around(text: string, at: number): string {
  const chars = Array.from(text);
  if (chars.length <= 240) return text;
  const from = Math.max(0, Array.from(text.slice(0, at)).length - 80);
  return `${from > 0 ? '…' : ''}${chars.slice(from, from + 240).join('')}${from + 240 < chars.length ? '…' : ''}`;
}

/** One result: the link to the segment or note (its words marked, a text fragment to land on them) and the other text beneath. */
export function resultItem(m: Meta, lang: MatchLanguage, q: ParsedQuery, locale: Locale, form: HTMLFormElement): HTMLLIElement {
  const t = searchStrings[locale];
  const main = lang === 'original' ? m.original : m.translation;
  const other = lang === 'original' ? m.translation : m.original;
  const mainLang = lang === 'original' ? m.originalLang : m.translationLang;
  const otherLang = lang === 'original' ? m.translationLang : m.originalLang;
  const first = matchRanges(main, q)[0];
  const directive = first ? textDirective(main, first.start, first.end, mainLang) : '';
  const note = m.kind === NOTE_KIND;
  const href = (note ? `${paths.transcript(locale, m.slug)}#note-${m.id}` : paths.segmentAnchor(locale, m.slug, m.id)) + directive;
  // Each name in the interface language, or the root language's where the record has none.
  const inLocale = (field: LocaleField) => m[localeMetaKey(field, locale)] || m[localeMetaKey(field, rootLocale)] || '';
  const speaker = inLocale('speaker');
  const section = inLocale('section');
  const transcript = inLocale('transcript');
  const who = t.speakerSection(speaker, section);
  const link = el('a', { href, className: 'search-hit' },
    // Which transcript the result is from: the site holds more than one.
    ...(transcript ? [el('span', { className: 'search-transcript' }, transcript)] : []),
    el('span', { className: 'search-who' }, note ? `${who} · ${t.note}` : who),
    el('span', { className: 'search-verdicts' }, ...verdictBadges(m, form)),
    el('span', { className: 'search-main', lang: mainLang }, ...marked(note ? around(main, first?.start ?? 0) : main, q)),
  );
  // A note's result carries data-note instead: data-segment names segment results only.
  if (note) link.dataset.note = m.id;
  else link.dataset.segment = m.id;
  const item = el('li', { className: 'search-result' }, link,
    el('p', { className: 'search-other', lang: otherLang }, ...marked(note ? around(other, 0) : other, q)));
  if (note) item.dataset.note = m.id;
  else item.dataset.segment = m.id;
  item.dataset.text = lang;
  return item;
}
