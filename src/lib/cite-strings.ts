import type { TextRole } from './languages';

type Names = Record<TextRole, string>;

/** "a" or "an" before an English language name (an English report, a Spanish report). */
export const article = (name: string) => (/^[AEIOU]/.test(name) ? 'an' : 'a');

/**
 * Two language names as Chinese pairs them, by their first characters where both are written …文
 * (中文, 英文 → 中英對照; 西班牙文, 英文 → 西英對照), else in full (日本語與英文對照).
 */
export const pairOfNames = (n: Names) => (/文$/.test(n.original) && /文$/.test(n.translation) ? `${[...n.original][0]}${[...n.translation][0]}對照` : `${n.original}與${n.translation}對照`);

/** Interface strings of permalinks and citations (`cite` in each src/lib/strings/<tag>.ts). */
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
