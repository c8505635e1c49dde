import type { CiteStrings } from './cite-strings';
import type { SearchStrings } from './search-strings';
import type { CorrectionStrings } from './correction-strings';
import type { sourceTypes } from '../schemas/source';
import type { Attribution, Verdict } from '../schemas/verdict';
import type { predictionStatuses } from '../schemas/prediction';
import { stringsOf } from './strings-file';
import { shownIn, type LocaleTexts } from './fallback';
import type { annotationKinds } from '../schemas/annotation';

import { locales, type Locale } from './locales';
import type { TextRole } from './languages';

/** A transcript's two language names in the interface language, by role (`pairNamesIn`). */
export type LanguageNames = Record<TextRole, string>;

// The locale definitions live in their own module (no strings), so that code shipped to the browser
// (the search page's script builds result links with urls.ts) does not carry every UI string.
export { locales, otherLocales, localePrefix, rootLocale, type Locale } from './locales';

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
  /** The reading mode that shows both texts; each text's own mode is named by its language, in that language (`pairNames`). */
  modeBoth: (names: LanguageNames) => string;
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
  /** The recording and its time links (src/components/RecordingPlayer.astro, SegmentView.astro). */
  recording: {
    /** Heading of the player. */
    title: string;
    /** Accessible name of a segment's time link: plays the recording from that time. */
    playFrom: (clock: string) => string;
    /** Link to the file itself, for readers whose browser cannot play it. */
    download: string;
    /** Said of the segment being heard (beside the highlight, for screen readers). */
    nowPlaying: string;
    /** In a citation panel: APA's in-text citation of a quote at its time in the recording. */
    apaInText: string;
  };
  /** Said wherever our translation travels without the page around it (a segment page's title and description). */
  ourTranslation: (names: LanguageNames) => string;
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
  /** Each verdict's label and one-line definition (src/lib/verdicts.ts adds its symbol). */
  verdicts: Record<Verdict, { label: string; definition: string }>;
  /** Each attribution's label and definition, worded for any speaker and transcript. */
  attributions: Record<Attribution, { label: string; definition: string }>;
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
  /** Before the words of a segment that one of its several fact-checks is about. */
  covers: string;
  /** What a marked span in a segment's text is, for screen readers (the span is a link to its note). */
  spanHint: string;
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
  /** The status column's labels. */
  statuses: Record<(typeof predictionStatuses)[number], string>;
  /** Between the dates of a forecast made more than once. */
  dateSeparator: string;
}

/**
 * Every interface language's strings: the `strings` export of src/lib/strings/<tag>.ts, found by
 * Vite's import.meta.glob, so that adding a language takes its file and its line in locales.ts only.
 */
const files = import.meta.glob<UiStrings>('./strings/*.ts', { import: 'strings', eager: true });
export const ui = Object.fromEntries(locales.map((l) => [l, stringsOf(files, l)])) as Record<Locale, UiStrings>;

/** The text of an editorial field in the reader's interface language, or the root language's (src/lib/fallback.ts). */
export const pick = (value: LocaleTexts, l: Locale): string => shownIn(value, l).text;
