/** Interface strings of the corrections log (ui[locale].corrections in src/lib/i18n.ts). */
import type { correctionFields, correctionTypes } from '../schemas/correction';
import type { TextRole } from './languages';

export interface CorrectionStrings {
  /** Page title, nav/footer label. */
  title: string;
  intro: string;
  /** Link to the corrections policy on the About page. */
  policy: string;
  /** Shown when the log has no entry yet. */
  empty: string;
  /** The feed: its title, the link on the page, and an item's title (type, what changed). */
  /** Takes the site name (content/data/settings.yaml). */
  feedTitle: (site: string) => string;
  feedLink: string;
  type: Record<(typeof correctionTypes)[number], string>;
  /** What changed, by field; the original's and the translation's name their transcript's languages (`pairNamesIn`). */
  field: (field: (typeof correctionFields)[number], names: Record<TextRole, string>) => string;
  before: string;
  after: string;
  why: string;
  /** Label of the list of segments, notes and sources an entry changed. */
  affected: string;
  /** Link texts to an affected note and source. */
  note: (id: string) => string;
  source: (id: string) => string;
  /** Before the address for reporting an error, and what stands in its place until it is set. */
  reportLabel: string;
  reportUnset: string;
  /** The line on a corrected segment, linking to its entry. */
  correctedOn: (type: (typeof correctionTypes)[number], date: string) => string;
}

export const correctionStrings: { en: CorrectionStrings; 'zh-Hant': CorrectionStrings } = {
  en: {
    title: 'Corrections',
    intro: 'Every change to published text is logged here, newest first: what it said before, what it says now, and why. Typo-level changes are logged too, as clarifications.',
    policy: 'Our corrections policy',
    empty: 'No correction has been published yet.',
    feedTitle: (site) => `${site}: corrections`,
    feedLink: 'Follow the corrections (RSS)',
    type: { correction: 'Correction', clarification: 'Clarification' },
    field: (f, n) => (f === 'original' ? `Original text (${n.original})` : f === 'translation' ? `${n.translation} translation` : ({
      verdict: 'Verdict',
      attribution: 'Attribution',
      note: 'Note',
      source: 'Source',
      page: 'Page text',
      } as Record<string, string>)[f]!),
    before: 'Before',
    after: 'Now',
    why: 'Why',
    affected: 'Where',
    note: (id) => `note ${id}`,
    source: (id) => `source ${id}`,
    reportLabel: 'Report an error',
    reportUnset: 'the address for reports is not published yet.',
    correctedOn: (type, date) => `${type === 'correction' ? 'Corrected' : 'Clarified'} on ${date}`,
  },
  'zh-Hant': {
    title: '更正紀錄',
    intro: '已發佈文字的每一次修改都記錄在此，最新的在前：原本寫什麼、現在寫什麼、為何修改。錯字等級的修改也會記錄，類別為「釐清」。',
    policy: '本站的更正政策',
    empty: '目前尚無更正。',
    feedTitle: (site) => `${site}：更正紀錄`,
    feedLink: '訂閱更正紀錄（RSS）',
    type: { correction: '更正', clarification: '釐清' },
    field: (f, n) => (f === 'original' ? `原文（${n.original}）` : f === 'translation' ? (/^.文$/u.test(n.translation) ? `${[...n.translation][0]}譯` : `${n.translation}譯文`) : ({
      verdict: '判定',
      attribution: '出處',
      note: '註解',
      source: '資料來源',
      page: '頁面文字',
      } as Record<string, string>)[f]!),
    before: '原為',
    after: '現為',
    why: '原因',
    affected: '位置',
    note: (id) => `註解 ${id}`,
    source: (id) => `來源 ${id}`,
    reportLabel: '回報錯誤',
    reportUnset: '回報地址尚未公布。',
    correctedOn: (type, date) => `${date} ${type === 'correction' ? '更正' : '釐清'}`,
  },
};
