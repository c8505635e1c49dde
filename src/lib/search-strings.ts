/**
 * Interface strings of the search page and its results (ui[locale].search in src/lib/i18n.ts).
 * A module of their own so the search client (src/client/search.ts) bundles these and not every
 * string of the site.
 */

/** Strings of the search page; functions take the counts and the query. */
export interface SearchStrings {
  title: string;
  intro: string;
  label: string;
  needsJs: string;
  needsJsFactChecks: string;
  needsJsTranscript: (title: string) => string;
  filters: string;
  speaker: string;
  section: string;
  verdict: string;
  /** The filter on which text matched: the original, or our translation (each transcript's own languages). */
  text: string;
  any: string;
  noVerdict: string;
  textOriginal: string;
  textTranslation: string;
  /** The filter on which transcript (shown when the archive holds several). */
  transcript: string;
  apply: string;
  empty: string;
  loading: string;
  /** `atLeast`: more candidates remain unchecked. */
  results: (n: number, q: string, atLeast: boolean) => string;
  /** The button that counts every match when only the first ones are checked, and its label while it works. */
  countAll: string;
  counting: string;
  more: string;
  none: (q: string) => string;
  tryThese: string;
  hints: string;
  clearFilters: string;
  failed: string;
  /** Said instead of `failed` by the dev server (`npm run dev`), which has no search index. */
  needsBuild: string;
  retry: string;
  speakerSection: (speaker: string, section: string) => string;
  /** Marks a note's result, after the speaker and section of the segment it is on. */
  note: string;
}

export const searchStrings: { en: SearchStrings; 'zh-Hant': SearchStrings } = {
  en: {
    title: 'Search',
    intro: 'Find any quote in its original language or in our translation: a word, a phrase in quotation marks, a number, or any part of a Chinese or Japanese text, down to one character.',
    label: 'Search the transcripts',
    needsJs: 'Search needs JavaScript, which is turned off or unavailable. Without it you can browse:',
    needsJsFactChecks: 'the fact-check index',
    needsJsTranscript: (title) => `the full transcript: ${title}`,
    filters: 'Filters',
    speaker: 'Speaker',
    section: 'Section',
    verdict: 'Verdict',
    text: 'Matched in',
    any: 'Any',
    noVerdict: 'Not fact-checked',
    textOriginal: 'The original',
    textTranslation: 'Our translation',
    transcript: 'Transcript',
    apply: 'Apply',
    empty: 'Type a word, a phrase or a few Chinese characters to search all segments and notes.',
    loading: 'Searching…',
    results: (n, q, atLeast) => (n === 1 && !atLeast ? `1 segment or note matches “${q}”` : `${n}${atLeast ? '+' : ''} segments and notes match “${q}”`),
    countAll: 'Count every match',
    counting: 'Counting…',
    more: 'Show more results',
    none: (q) => `No segment or note matches “${q}”.`,
    tryThese: 'Try:',
    hints: 'Fewer words, part of a word, the other language, or no filters.',
    clearFilters: 'Search without filters',
    failed: 'The search index could not be loaded. Check your connection and try again, or browse the transcript.',
    needsBuild: 'Search needs a build: the development server (npm run dev) has no search index. Run npm run build, then npm start, and search there.',
    retry: 'Try again',
    speakerSection: (speaker, section) => `${speaker} · ${section}`,
    note: 'Note',
  },
  'zh-Hant': {
    title: '搜尋',
    intro: '以原文或本站譯文搜尋任何引文：詞語、加引號的片語、數字，或中文、日文文字的任何片段，單字亦可。',
    label: '搜尋文字稿',
    needsJs: '搜尋功能需要 JavaScript，但目前已關閉或無法使用。您仍可瀏覽：',
    needsJsFactChecks: '事實查核索引',
    needsJsTranscript: (title) => `完整文字稿：${title}`,
    filters: '篩選',
    speaker: '說話者',
    section: '章節',
    verdict: '判定',
    text: '符合文字',
    any: '全部',
    noVerdict: '未經查核',
    textOriginal: '原文',
    textTranslation: '本站譯文',
    transcript: '文字稿',
    apply: '套用',
    empty: '輸入詞語、片語或幾個中文字，即可搜尋所有段落與註解。',
    loading: '搜尋中…',
    results: (n, q, atLeast) => `${atLeast ? '至少' : '共'} ${n} 則段落或註解符合「${q}」`,
    countAll: '計算全部符合段落',
    counting: '計算中…',
    more: '顯示更多結果',
    none: (q) => `沒有段落或註解符合「${q}」。`,
    tryThese: '試試：',
    hints: '減少字詞、只輸入詞的一部分、改用另一種語言，或取消篩選。',
    clearFilters: '取消篩選再搜尋',
    failed: '無法載入搜尋索引。請檢查網路連線後再試一次，或直接瀏覽文字稿。',
    needsBuild: '搜尋需要先建置網站：開發伺服器（npm run dev）沒有搜尋索引。請執行 npm run build，再執行 npm start，在該處搜尋。',
    retry: '再試一次',
    speakerSection: (speaker, section) => `${speaker} · ${section}`,
    note: '註解',
  },
};

/**
 * What the search page says when Pagefind cannot be loaded: on the dev server there is no index
 * to load (it is written by the build), which a reader should not take for a network problem.
 */
export const loadFailure = (t: SearchStrings, dev: boolean): string => (dev ? t.needsBuild : t.failed);
