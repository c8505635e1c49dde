/**
 * One Pagefind custom record per segment, and one per note (a fact-check, an editorial or a
 * translation note), so that a phrase from a note is found and links to the note. The input (`SearchDoc`) is emitted by the build at
 * /search-records.json; the Node index script and the benchmark turn it into records here, so the
 * site and the synthetic corpus are indexed the same way.
 */
import { cjkGrams } from './cjk.ts';
import { isSpaceless, pagefindLanguage } from '../languages.ts';
import { locales, type Locale } from '../locales.ts';

/** A name in each interface language: the root language's always, others where written. */
export type PerLocale = { readonly [K in Locale]?: string } & { readonly en: string };

export interface SearchDoc {
  /** A segment's id, or a note's (annotation) id when `note` is set. */
  id: string;
  /** Set on a note's record: the note's kind and the segment it is on (its first). The result links to #note-<id>. */
  note?: { kind: string; segment: string };
  /** The transcript's short name in each interface language, shown on the result (absent in the benchmark's corpus). */
  transcript?: PerLocale;
  /** Transcript slug: the result links to /transcripts/<slug>/#<id>. */
  slug: string;
  speaker: string;
  speakerName: PerLocale;
  section: string;
  sectionTitle: PerLocale;
  kind: string;
  /** The segment's original and translation; on a note's record, its Chinese and its English (the interface languages). */
  original: string;
  translation: string;
  /** The BCP 47 tags of `original` and `translation` (a note's: zh-Hant and en). */
  languages: [string, string];
  /** Verdicts of the fact-checks on this segment (may be empty). */
  verdicts: string[];
}

/** The shape Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The index of every record with text written without spaces (Chinese, Japanese) and of every note
 * (notes are in the interface languages, Chinese and English), at /pagefind/. `zh-hant` turns on
 * Chinese word segmentation, and the n-grams make any part of a Chinese or Japanese text findable;
 * it has no stemmer, so the other text of such a record is matched by word prefix.
 */
export const INDEX_LANGUAGE = 'zh-hant';

/**
 * The Pagefind language a segment of a pair is indexed in: the shared CJK index when either text is
 * written without spaces; otherwise its original's language, so that Pagefind stems its words
 * (a plural finds the singular). Pagefind writes one index per language, and the browser searches
 * each (src/client/search.ts).
 */
export function indexLanguageOf(languages: readonly [string, string]): string {
  return languages.some(isSpaceless) ? INDEX_LANGUAGE : pagefindLanguage(languages[0]);
}

/** The index a document's record goes to: a note's is the shared one (its texts are Chinese and English). */
export const recordLanguage = (doc: SearchDoc): string => (doc.note ? INDEX_LANGUAGE : indexLanguageOf(doc.languages));

/**
 * Where an index language's files are, under /pagefind/: the shared CJK index at its root (where
 * the search page preloads it), every other language in a folder of its own, because one
 * pagefind.js module holds one WebAssembly language (its stemmer).
 */
export const bundleDir = (language: string): string => (language === INDEX_LANGUAGE ? '' : `${language}/`);

/**
 * Pagefind filter names: each is a per-segment filter because each record is one segment.
 * `transcript` (the slug) restricts a search to one transcript of the archive.
 */
export const FILTERS = ['speaker', 'section', 'verdict', 'kind', 'transcript'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Marks verdict-less segments so that "no fact-check" can be filtered too. */
export const NO_VERDICT = 'none';

/** The `kind` of a note's record: it is no segment kind, so that a note is never taken for an unchecked quote. */
export const NOTE_KIND = 'note';

export function recordUrl(slug: string, id: string, note = false): string {
  return `/transcripts/${slug}/#${note ? 'note-' : ''}${id}`;
}

/**
 * Between a note's Chinese and English in its record's content: a private-use character, which
 * no text contains. Pagefind stores the content with word breaks (U+200B) inserted and line breaks
 * made spaces; `noteTexts` removes the breaks and splits here.
 */
const NOTE_SEPARATOR = '\uE000';
/** A note's text as its record holds it: whitespace runs made one space, which Pagefind keeps as they are. */
export const flatText = (text: string) => text.replace(/[\s\u200B]+/gu, ' ').trim();

/** The Chinese and English of a note's record, from the content Pagefind returns (`flatText` of each). */
export function noteTexts(content: string): { original: string; translation: string } {
  const [zh = '', en = ''] = content.replace(/\u200B/g, '').split(NOTE_SEPARATOR);
  return { original: zh.trim(), translation: en.trim() };
}

/** The n-grams that make any part of a spaceless text (Chinese, Japanese) findable: of each such text of the segment. */
const gramsOf = (doc: SearchDoc) => [...new Set([doc.original, doc.translation].flatMap((text, i) => (isSpaceless(doc.languages[i]!) ? cjkGrams(text) : [])))];

/** The fields of a record shown in the reader's interface language. */
export type LocaleField = 'speaker' | 'section' | 'transcript';

/**
 * The meta key of a field in one interface language: `speakerEn`, `speakerZh` for the first two
 * (the names the index has always had, so that adding a language leaves its files as they were),
 * `speaker@<tag>` for a language added since.
 */
export const localeMetaKey = (field: LocaleField, l: Locale): string => (l === 'en' ? `${field}En` : l === 'zh-Hant' ? `${field}Zh` : `${field}@${l}`);

/** A field's meta entries, one per interface language, in the order of src/lib/locales.ts. */
const perLocaleMeta = (field: LocaleField, texts: PerLocale | undefined) => Object.fromEntries(locales.map((l) => [localeMetaKey(field, l), texts?.[l] ?? '']));

export function buildRecord(doc: SearchDoc): SearchRecord {
  // Notes are long: their texts ride once, in the content, without the n-grams, so that their
  // index chunks and fragments stay small. A note is found by Pagefind's words; a segment also by
  // any part of its Chinese.
  const note = doc.note !== undefined;
  const grams = note ? [] : gramsOf(doc);
  return {
    url: recordUrl(doc.slug, doc.id, note),
    // The real texts first (they carry word positions for quoted phrases), then the n-grams.
    content: note ? `${flatText(doc.original)} ${NOTE_SEPARATOR} ${flatText(doc.translation)}` : `${doc.original}\n${doc.translation}\n${grams.join(' ')}`,
    language: recordLanguage(doc),
    meta: {
      title: doc.id,
      id: doc.id,
      slug: doc.slug,
      speaker: doc.speaker,
      ...perLocaleMeta('speaker', doc.speakerName),
      section: doc.section,
      ...perLocaleMeta('section', doc.sectionTitle),
      kind: doc.note ? NOTE_KIND : doc.kind,
      noteKind: doc.note?.kind ?? '',
      segment: doc.note?.segment ?? doc.id,
      ...perLocaleMeta('transcript', doc.transcript),
      original: note ? '' : doc.original,
      translation: note ? '' : doc.translation,
      originalLang: doc.languages[0],
      translationLang: doc.languages[1],
      verdicts: doc.verdicts.join(' '),
    },
    filters: {
      speaker: [doc.speaker],
      section: [doc.section],
      verdict: doc.verdicts.length ? [...new Set(doc.verdicts)] : [NO_VERDICT],
      kind: [doc.note ? NOTE_KIND : doc.kind],
      transcript: [doc.slug],
    },
  };
}
