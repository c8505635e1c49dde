import type { TextRole } from './languages';

type Names = Record<TextRole, string>;

/** "a" or "an" before an English language name (an English report, a Spanish report). */
export const article = (name: string) => (/^[AEIOU]/.test(name) ? 'an' : 'a');

/**
 * Two language names as Chinese pairs them, by their first characters where both are written …文
 * (中文, 英文 → 中英對照; 西班牙文, 英文 → 西英對照), else in full (日本語與英文對照).
 */
export const pairOfNames = (n: Names) => (/文$/.test(n.original) && /文$/.test(n.translation) ? `${[...n.original][0]}${[...n.translation][0]}對照` : `${n.original}與${n.translation}對照`);

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
  /** Whose words each text is, under a quote; takes the pair's language names. */
  translationCaveat: (names: Names) => string;
  segmentTitle: (speaker: string) => string;
  moved: string;
  movedBody: string;
  shareImageAlt: (speaker: string, names: Names) => string;
  /** The embed code on a segment's page and the card itself (src/views/EmbedView.astro). */
  embed: string;
  embedIntro: (names: Names) => string;
  embedCode: string;
  embedCopy: string;
  embedPreview: string;
  /** The card's iframe title: whose quote, at which event, on which site (content/data/settings.yaml). */
  embedFrameTitle: (speaker: string, event: string, site: string) => string;
  /** The card's link back to the segment's page; takes the site name. */
  embedReadOn: (site: string) => string;
  newTab: string;
  /** The line under the English on a share card (the card itself is one image for both interfaces). */
  shareCardTranslation: (names: Names) => string;
  /** The control that appears beside selected transcript text (src/client/cite-selection.ts). */
  citeSelection: string;
  /** Heading of the selected passage's citations. */
  citeSelectionHeading: string;
  /** Label of the passage's link (permalink plus text fragment). */
  passageLink: string;
  /** What the passage link does, in browsers that support text fragments and in others. */
  passageLinkNote: string;
  /** Closes the passage's citations. */
  close: string;
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
    translationCaveat: (n) => `The ${n.original} is the report as published; the ${n.translation} is our translation of it, not the speaker's own words.`,
    segmentTitle: (speaker) => `${speaker}: a quote`,
    moved: 'This segment has moved',
    movedBody: 'The segment you are looking for now lives at:',
    shareImageAlt: (speaker, n) => `Quote card: ${speaker}, in ${n.original} and ${n.translation}`,
    embed: 'Embed this quote',
    embedIntro: (n) => `Paste this code into a web page to show the quote as a card, in ${n.original} and ${n.translation}, with its fact-check and a link back here. A CMS that reads oEmbed embeds it from the permanent link alone.`,
    embedCode: 'Embed code',
    embedCopy: 'Copy embed code',
    embedPreview: 'Preview the card',
    embedFrameTitle: (speaker, event, site) => `Quote: ${speaker}, ${event} (${site})`,
    embedReadOn: (site) => `Read it on ${site}`,
    newTab: '(opens in a new tab)',
    shareCardTranslation: (n) => `${n.translation}: our translation of ${article(n.original)} ${n.original} report, not the speaker's own words`,
    citeSelection: 'Cite selection',
    citeSelectionHeading: 'Cite the selected passage',
    passageLink: 'Link to the passage',
    passageLinkNote: 'Opens the transcript at the first segment and highlights the selected words (in browsers that support text fragments).',
    close: 'Close',
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
    translationCaveat: (n) => `${n.original}為報導原文；${n.translation}為本站翻譯，並非說話者原話。`,
    segmentTitle: (speaker) => `${speaker}：引文`,
    moved: '此段已移動',
    movedBody: '您要找的段落現在位於：',
    shareImageAlt: (speaker, n) => `引文卡片：${speaker}，${pairOfNames(n)}`,
    embed: '嵌入此引文',
    embedIntro: (n) => `將這段程式碼貼到網頁中，即可顯示此引文的${pairOfNames(n)}卡片，附事實查核結果及回到本頁的連結。支援 oEmbed 的內容管理系統只需永久連結即可嵌入。`,
    embedCode: '嵌入程式碼',
    embedCopy: '複製嵌入程式碼',
    embedPreview: '預覽卡片',
    embedFrameTitle: (speaker, event, site) => `引文：${speaker}，${event}（${site}）`,
    embedReadOn: (site) => `在 ${site}閱讀`,
    newTab: '（在新分頁開啟）',
    shareCardTranslation: (n) => `${n.translation}為本站依${n.original}報導所譯，並非說話者原話`,
    citeSelection: '引用選取內容',
    citeSelectionHeading: '引用選取的段落',
    passageLink: '段落連結',
    passageLinkNote: '開啟文字稿的第一段，並標示選取的文字（適用於支援文字片段連結的瀏覽器）。',
    close: '關閉',
  },
};
