import type { Attribution, Verdict } from '../schemas/verdict';
import { verdicts } from '../schemas/verdict';
import type { Bilingual } from '../schemas/common';

/** How a verdict is shown: a label, a symbol (so colour is never the only cue) and a one-line definition. */
export interface VerdictInfo {
  label: Bilingual;
  symbol: string;
  definition: Bilingual;
}

export const verdictInfo: Record<Verdict, VerdictInfo> = {
  accurate: {
    label: { en: 'Accurate', 'zh-Hant': '正確' },
    symbol: '✓',
    definition: { en: 'The claim matches the evidence, figures included.', 'zh-Hant': '說法與證據相符，數字亦然。' },
  },
  'mostly-accurate': {
    label: { en: 'Mostly accurate', 'zh-Hant': '大致正確' },
    symbol: '≈',
    definition: { en: 'The substance holds; a detail, the wording or a hedge differs from the evidence.', 'zh-Hant': '主旨成立，但細節、措辭或保留語氣與證據有出入。' },
  },
  'needs-context': {
    label: { en: 'Needs context', 'zh-Hant': '需補充脈絡' },
    symbol: '!',
    definition: { en: 'Not false as such, but misleading without facts the text leaves out.', 'zh-Hant': '本身未必錯誤，但缺少文中略去的事實便會誤導。' },
  },
  inaccurate: {
    label: { en: 'Inaccurate', 'zh-Hant': '不正確' },
    symbol: '✗',
    definition: { en: 'The evidence contradicts the claim.', 'zh-Hant': '證據與說法相牴觸。' },
  },
  unverified: {
    label: { en: 'Unverified', 'zh-Hant': '未能證實' },
    symbol: '?',
    definition: { en: 'No primary source was found for the wording or the event; the note says what was not found.', 'zh-Hant': '找不到該措辭或事件的第一手來源；註解說明哪些找不到。' },
  },
  opinion: {
    label: { en: 'Opinion / forecast', 'zh-Hant': '觀點/預測' },
    symbol: '◇',
    definition: { en: 'A forecast or value judgement, not checkable as fact; the note says whether the speaker is on record holding it.', 'zh-Hant': '屬預測或價值判斷，無法作為事實查核；註解說明說話者是否有案可稽地持此觀點。' },
  },
};

/** The scale in display order. */
export const verdictScale: readonly Verdict[] = verdicts;

export const attributionInfo: Record<Attribution, { label: Bilingual; definition: Bilingual }> = {
  'event-report': {
    label: { en: 'Reported at this event', 'zh-Hant': '有此場活動的報導佐證' },
    definition: { en: 'An independent report of the event this transcript records confirms that the speaker said this, or its substance, there.', 'zh-Hant': '有獨立報導證實說話者在本文字稿所記錄的活動中說過此話或其內容。' },
  },
  'documented-elsewhere': {
    label: { en: 'Documented elsewhere', 'zh-Hant': '見於其他場合' },
    definition: { en: 'The speaker is on record saying this or something close on another occasion; not confirmed at the event this transcript records.', 'zh-Hant': '說話者在其他場合有此話或相近言論的紀錄；未證實在本文字稿所記錄的活動中說過。' },
  },
  'not-found': {
    label: { en: 'Wording not found', 'zh-Hant': '查無此語' },
    definition: { en: "No source records the speaker saying this; it may be the report's paraphrase.", 'zh-Hant': '沒有來源記錄說話者說過此話；可能是報導的轉述。' },
  },
};
