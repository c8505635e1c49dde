/** Interface strings of permalinks and citations (ui[locale].cite in src/lib/i18n.ts). */
export interface CiteStrings {
  copyLink: string;
  copyText: string;
  copied: string;
  copyFailed: string;
  cite: string;
  citeThis: string;
  citeTranscript: string;
  permalink: string;
  formats: string;
  download: string;
  downloadBib: string;
  downloadRis: string;
  previous: string;
  next: string;
  inContext: string;
  inTranscript: (title: string) => string;
  translationCaveat: string;
  segmentTitle: (speaker: string) => string;
  moved: string;
  movedBody: string;
  shareImageAlt: (speaker: string) => string;
  /** The line under the English on a share card (the card itself is one image for both interfaces). */
  shareCardTranslation: string;
}

export const citeStrings: { en: CiteStrings; 'zh-Hant': CiteStrings } = {
  en: {
    copyLink: 'Copy link',
    copyText: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it',
    cite: 'Cite',
    citeThis: 'Cite this segment',
    citeTranscript: 'Cite this transcript',
    permalink: 'Permanent link',
    formats: 'Citation formats',
    download: 'Download the bibliography of every segment',
    downloadBib: 'BibTeX (.bib)',
    downloadRis: 'RIS (.ris)',
    previous: 'Previous segment',
    next: 'Next segment',
    inContext: 'Read it in context',
    inTranscript: (title) => `From: ${title}`,
    translationCaveat: "The Chinese is the report as published; the English is our translation of it, not the speaker's own words.",
    segmentTitle: (speaker) => `${speaker}: a quote`,
    moved: 'This segment has moved',
    movedBody: 'The segment you are looking for now lives at:',
    shareImageAlt: (speaker) => `Quote card: ${speaker}, in Chinese and English`,
    shareCardTranslation: "English: our translation of a Chinese report, not the speaker's own words",
  },
  'zh-Hant': {
    copyLink: '複製連結',
    copyText: '複製',
    copied: '已複製',
    copyFailed: '無法複製：請選取文字後自行複製',
    cite: '引用',
    citeThis: '引用此段',
    citeTranscript: '引用此文字稿',
    permalink: '永久連結',
    formats: '引用格式',
    download: '下載所有段落的書目',
    downloadBib: 'BibTeX (.bib)',
    downloadRis: 'RIS (.ris)',
    previous: '上一段',
    next: '下一段',
    inContext: '在全文中閱讀',
    inTranscript: (title) => `出自：${title}`,
    translationCaveat: '中文為報導原文；英文為本站翻譯，並非說話者原話。',
    segmentTitle: (speaker) => `${speaker}：引文`,
    moved: '此段已移動',
    movedBody: '您要找的段落現在位於：',
    shareImageAlt: (speaker) => `引文卡片：${speaker}，中英對照`,
    shareCardTranslation: '英文為本站依中文報導所譯，並非說話者原話',
  },
};
