import { citeStrings, type CiteStrings } from './cite-strings';
import { searchStrings, type SearchStrings } from './search-strings';
import { correctionStrings, type CorrectionStrings } from './correction-strings';
import type { sourceTypes } from '../schemas/source';
import type { annotationKinds } from '../schemas/annotation';

import type { Locale } from './locales';

// The locale definitions live in their own module (no strings), so that code shipped to the browser
// (the search page's script builds result links with urls.ts) does not carry every UI string.
export { locales, otherLocale, localePrefix, type Locale } from './locales';

/** Every string of the interface chrome. Adding a key here forces a translation in each locale. */
export interface UiStrings {
  skipToContent: string;
  navHome: string;
  navAbout: string;
  navFactChecks: string;
  navSources: string;
  navPredictions: string;
  navSearch: string;
  /**
   * Punctuation the components put between strings: after a label, around an aside, between list
   * items (`comma` between the parts of one item), between a label and a name (`wordSep`).
   * Chinese takes full-width marks (：（），、), which carry their own spacing, and no word spaces.
   */
  punct: { colon: string; afterColon: string; open: string; close: string; comma: string; listSep: string; wordSep: string };
  /** Accessible names of the main navigation and the header's search form. */
  navMain: string;
  siteSearch: string;
  languageSwitch: string;
  languageName: string;
  readingMode: string;
  modeBoth: string;
  modeZh: string;
  modeEn: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  contents: string;
  transcripts: string;
  segmentsCount: (n: number) => string;
  event: string;
  date: string;
  place: string;
  source: string;
  byline: string;
  translationNote: string;
  /** Label of a segment's ¶ link (the link itself is the anchor, so its id is in the URL). */
  permalink: string;
  originalText: string;
  ourTranslation: string;
  speaker: string;
  kind: Record<'quote' | 'claim' | 'narration' | 'heading', string>;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  /** The footer line; takes the site name (content/data/settings.yaml). */
  footer: (siteName: string) => string;
  exportJson: string;
  annotations: string;
  /** Accessible name of the previous / in context / next navigation on a segment's page. */
  segmentNav: string;
  /** Said to screen readers after a link that leaves the site. */
  externalLink: string;
  /** Heads of the verdict and attribution tables (src/components/VerdictScale.astro). */
  scale: { verdict: string; attribution: string; meaning: string };
  /** Notes on segments (src/components/AnnotationView.astro). */
  note: NoteStrings;
  /** Permalinks and citations (src/lib/cite-strings.ts). */
  cite: CiteStrings;
  /** Search page and results (src/lib/search-strings.ts). */
  search: SearchStrings;
  /** Fact-check index (src/views/FactChecksView.astro). */
  factChecks: FactChecksStrings;
  /** Source index and the source lists of notes (src/views/SourcesView.astro, src/components/SourceList.astro). */
  sources: SourcesStrings;
  /** Prediction ledger (src/views/PredictionsView.astro). */
  predictions: PredictionsStrings;
  /** Corrections log, its feed and the line on corrected segments (src/views/CorrectionsView.astro). */
  corrections: CorrectionStrings;
}

/** Strings of a note on a segment. */
export interface NoteStrings {
  kind: Record<(typeof annotationKinds)[number], string>;
  claim: string;
  claimBy: string;
  finding: string;
  attribution: string;
  /** Heads the list of attributions when the segments of one note differ. */
  attributionPerSegment: string;
  original: string;
  checked: string;
  sources: string;
  noSources: string;
  seeNote: string;
  /** On a quote or claim that no fact-check covers. */
  notChecked: string;
}

/** Strings of the fact-check index; `intro` takes the number of checked claims. */
export interface FactChecksStrings {
  title: string;
  intro: (total: number) => string;
  method: string;
  counts: string;
  filterVerdict: string;
  filterSpeaker: string;
  all: string;
  noneMatch: string;
  finding: string;
  segment: string;
  fullNote: string;
  /** Heading of the list of quotes and claims no fact-check covers. */
  unchecked: string;
  /** What that list is; takes its length. */
  uncheckedIntro: (count: number) => string;
}

/** Strings of the source index and source lists; `intro` takes the number of sources. */
export interface SourcesStrings {
  title: string;
  /** Takes the number of sources and how many of their URLs are given from memory, not seen. */
  intro: (n: number, fromMemory: number) => string;
  /** Label on a source whose URL the research gives from memory (src/schemas/source.ts `provenance`). */
  fromMemory: string;
  citedBy: string;
  notCited: string;
  published: string;
  /** How close a source is to the fact (src/schemas/source.ts). */
  type: Record<(typeof sourceTypes)[number], string>;
  /** Source index: "copy of" before the original's name. */
  copyOf: string;
}

/** Strings of the prediction ledger. */
export interface PredictionsStrings {
  title: string;
  intro: string;
  made: string;
  due: string;
  /** Due date of an open-ended forecast. */
  none: string;
  status: string;
  asOf: string;
  related: string;
  sources: string;
  /** Between the dates of a forecast made more than once. */
  dateSeparator: string;
}


export const ui: Record<Locale, UiStrings> = {
  en: {
    skipToContent: 'Skip to content',
    navHome: 'Transcripts',
    navAbout: 'About & method',
    navFactChecks: 'Fact-checks',
    navSources: 'Sources',
    navPredictions: 'Predictions',
    navSearch: 'Search',
    navMain: 'Main',
    siteSearch: 'Site search',
    languageSwitch: 'Interface language',
    languageName: 'English',
    readingMode: 'Reading mode',
    modeBoth: 'Both',
    modeZh: '中文',
    modeEn: 'English',
    theme: 'Colour scheme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    contents: 'Contents',
    transcripts: 'Transcripts',
    segmentsCount: (n) => `${n} segments`,
    punct: { colon: ':', afterColon: ' ', open: ' (', close: ')', comma: ', ', listSep: ', ', wordSep: ' ' },
    event: 'Event',
    date: 'Date',
    place: 'Place',
    source: 'Source report',
    byline: 'Byline',
    translationNote: 'About this translation',
    permalink: 'Permalink to this segment',
    originalText: 'Original (Traditional Chinese)',
    ourTranslation: 'Our English translation',
    speaker: 'Speaker',
    kind: { quote: 'Quote', claim: 'Claim', narration: 'Narration', heading: 'Heading' },
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. If you followed a link to a quote, the transcript and the search will find it.',
    backHome: 'Back to the transcripts',
    footer: (site) => `${site} publishes reports of interviews with translation and fact-checks. English texts are our translations of the reports, not the speakers' verbatim words unless a source says so.`,
    exportJson: 'Machine-readable export (JSON)',
    annotations: 'Notes',
    segmentNav: 'Segments',
    externalLink: '(external link)',
    scale: { verdict: 'Verdict', attribution: 'Attribution', meaning: 'Meaning' },
    note: {
      kind: { 'fact-check': 'Fact-check', translation: 'Translation note', context: 'Context', editorial: 'Editorial note' },
      claim: 'What was checked',
      claimBy: 'Claim by',
      finding: 'Finding',
      attribution: 'Attribution',
      attributionPerSegment: 'Attribution, segment by segment',
      original: 'His documented English words',
      checked: 'Checked',
      sources: 'Sources',
      noSources: 'No source was found for this wording.',
      seeNote: 'see the note',
      notChecked: 'Not fact-checked: our research did not cover this claim.',
    },
    cite: citeStrings.en,
    search: searchStrings.en,
    corrections: correctionStrings.en,
    factChecks: {
      title: 'Fact-check index',
      intro: (total) => `${total} checked quotes and claims. Each links to its segment; the verdict scale is explained on the method page.`,
      method: 'How verdicts are given',
      counts: 'Verdicts',
      filterVerdict: 'Verdict',
      filterSpeaker: 'Speaker',
      all: 'All',
      noneMatch: 'No checked claim matches both filters.',
      finding: 'Finding',
      segment: 'Segment',
      fullNote: 'full note',
      unchecked: 'Not fact-checked',
      uncheckedIntro: (count) => `${count} more quotes and claims in the report that our research did not cover. The transcript marks each of them.`,
    },
    sources: {
      title: 'Sources',
      intro: (n, m) => `${n} sources. The research saw each of these URLs in an archived copy, except ${m} that it gives from memory without having confirmed them; those are marked. Many are syndicated copies or mirrors of the original report, and each says so.`,
      fromMemory: 'URL from memory, not confirmed',
      citedBy: 'Cited at',
      notCited: 'Not cited by any note.',
      published: 'published',
      type: { primary: 'primary', secondary: 'secondary report', 'syndicated-copy': 'syndicated copy', aggregator: 'aggregator / mirror', reference: 'where documents live (not read)' },
      copyOf: 'copy of',
    },
    predictions: {
      title: 'Prediction ledger',
      intro: 'Forecasts made in or behind the transcripts, with the segments they relate to, their due dates and where they stand as far as the evidence reaches. The status is not updated live: each row says the date its evidence reaches.',
      made: 'Made',
      due: 'Due',
      none: 'none (open-ended)',
      status: 'Status',
      asOf: 'as of',
      related: 'In the transcript',
      sources: 'Sources',
      dateSeparator: '; ',
    },
  },
  'zh-Hant': {
    skipToContent: '跳至主要內容',
    navHome: '文字稿',
    navAbout: '關於與方法',
    navFactChecks: '事實查核',
    navSources: '資料來源',
    navPredictions: '預測追蹤',
    navSearch: '搜尋',
    navMain: '主選單',
    siteSearch: '全站搜尋',
    languageSwitch: '介面語言',
    languageName: '繁體中文',
    readingMode: '閱讀模式',
    modeBoth: '中英對照',
    modeZh: '中文',
    modeEn: 'English',
    theme: '色彩模式',
    themeAuto: '自動',
    themeLight: '淺色',
    themeDark: '深色',
    contents: '目錄',
    transcripts: '文字稿',
    segmentsCount: (n) => `${n} 段`,
    punct: { colon: '：', afterColon: '', open: '（', close: '）', comma: '，', listSep: '、', wordSep: '' },
    event: '活動',
    date: '日期',
    place: '地點',
    source: '原始報導',
    byline: '署名',
    translationNote: '關於翻譯',
    permalink: '本段的永久連結',
    originalText: '原文（繁體中文）',
    ourTranslation: '本站英譯',
    speaker: '說話者',
    kind: { quote: '引述', claim: '陳述', narration: '敘述', heading: '標題' },
    notFoundTitle: '找不到頁面',
    notFoundBody: '此網址沒有頁面。若您是循引文連結而來，可在文字稿或搜尋中找到它。',
    backHome: '回到文字稿列表',
    footer: (site) => `${site} 發佈訪談報導的對照翻譯與事實查核。英文為本站對報導的翻譯；除非來源另有記載，並非說話者的原話。`,
    exportJson: '機器可讀匯出（JSON）',
    annotations: '註解',
    segmentNav: '段落',
    externalLink: '（外部連結）',
    scale: { verdict: '判定', attribution: '出處', meaning: '定義' },
    note: {
      kind: { 'fact-check': '事實查核', translation: '翻譯說明', context: '背景', editorial: '編者註' },
      claim: '查核對象',
      claimBy: '說法出自',
      finding: '結論',
      attribution: '出處',
      attributionPerSegment: '各段出處',
      original: '他有紀錄的英文原話',
      checked: '查核',
      sources: '來源',
      noSources: '查無此措辭的來源。',
      seeNote: '見註解',
      notChecked: '未經查核：我們的研究未涵蓋這項說法。',
    },
    cite: citeStrings['zh-Hant'],
    search: searchStrings['zh-Hant'],
    corrections: correctionStrings['zh-Hant'],
    factChecks: {
      title: '事實查核索引',
      intro: (total) => `共 ${total} 則經查核的引述與說法。每則連到所在段落；判定等級說明見方法頁。`,
      method: '判定方式',
      counts: '判定統計',
      filterVerdict: '判定',
      filterSpeaker: '說話者',
      all: '全部',
      noneMatch: '沒有同時符合兩個篩選條件的查核。',
      finding: '結論',
      segment: '段落',
      fullNote: '完整註解',
      unchecked: '未經查核',
      uncheckedIntro: (count) => `報導中另有 ${count} 則引述與說法不在我們的研究範圍內；文字稿上都有標明。`,
    },
    sources: {
      title: '資料來源',
      intro: (n, m) => `共 ${n} 個來源。除了 ${m} 個憑記憶提供、未經證實的網址（均已標明）之外，每個網址研究都在存檔副本中看過。許多是原報導的轉載副本或鏡像，均已註明。`,
      fromMemory: '網址憑記憶提供，未經證實',
      citedBy: '引用於',
      notCited: '沒有註解引用。',
      published: '發佈',
      type: { primary: '第一手', secondary: '二手報導', 'syndicated-copy': '轉載副本', aggregator: '聚合站/鏡像', reference: '文件所在位置（未讀取）' },
      copyOf: '轉載自',
    },
    predictions: {
      title: '預測追蹤',
      intro: '各篇文字稿中或其背後的預測，列出相關段落、到期日，以及證據所及之處的現況。現況並非即時更新：每列註明證據所及的日期。',
      made: '提出',
      due: '到期',
      none: '無（開放式）',
      status: '現況',
      asOf: '截至',
      related: '文字稿中',
      sources: '來源',
      dateSeparator: ';',
    },
  },
};

/** Picks the text of a bilingual value in the reader's interface language. */
export const pick = <T>(value: { en: T; 'zh-Hant': T }, l: Locale): T => value[l];
