/**
 * A search result as the search page shows it (src/client/search.ts): built from the record's
 * display data with DOM calls, so no markup from the index is ever parsed.
 */
import type { Locale } from '../lib/i18n';
import { searchStrings } from '../lib/search-strings';
import { paths } from '../lib/urls';
import { highlight, matchRanges, type ParsedQuery, type MatchLanguage } from '../lib/search/query.ts';
import { textDirective } from '../lib/search/fragment.ts';
import { NO_VERDICT } from '../lib/search/records.ts';
import { isUncheckedClaim } from '../lib/unchecked';

/** A record's display data (src/lib/search/records.ts writes it). */
export interface Meta {
  id: string; slug: string; speaker: string; speakerEn: string; speakerZh: string;
  section: string; sectionEn: string; sectionZh: string; kind: string; zh: string; en: string; verdicts: string;
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
 * A result's fact-check verdicts as badges, worded and marked as the verdict filter's options are
 * ("✓ Accurate"): the words come from the page, in its language, and none ride in this code. A
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
    const [symbol = '', ...words] = o.text.split(' ');
    return [el('span', { className: `badge v-${v}` }, el('span', { ariaHidden: 'true' }, symbol), ` ${words.join(' ')}`)];
  });
}

/** One result: the link to the segment (its words marked, a text fragment to land on them) and the other language beneath. */
export function resultItem(m: Meta, lang: MatchLanguage, q: ParsedQuery, locale: Locale, form: HTMLFormElement): HTMLLIElement {
  const t = searchStrings[locale];
  const main = lang === 'zh' ? m.zh : m.en;
  const other = lang === 'zh' ? m.en : m.zh;
  const mainLang = lang === 'zh' ? 'zh-Hant' : 'en';
  const first = matchRanges(main, q)[0];
  const directive = first ? textDirective(main, first.start, first.end, mainLang) : '';
  const href = paths.segmentAnchor(locale, m.slug, m.id) + directive;
  const speaker = locale === 'en' ? m.speakerEn : m.speakerZh;
  const section = locale === 'en' ? m.sectionEn : m.sectionZh;
  const link = el('a', { href, className: 'search-hit' },
    el('span', { className: 'search-who' }, t.speakerSection(speaker, section)),
    el('span', { className: 'search-verdicts' }, ...verdictBadges(m, form)),
    el('span', { className: 'search-main', lang: mainLang }, ...marked(main, q)),
  );
  link.dataset.segment = m.id;
  const item = el('li', { className: 'search-result' }, link,
    el('p', { className: 'search-other', lang: lang === 'zh' ? 'en' : 'zh-Hant' }, ...marked(other, q)));
  item.dataset.segment = m.id;
  item.dataset.lang = lang;
  return item;
}
