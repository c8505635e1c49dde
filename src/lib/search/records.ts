/**
 * One Pagefind custom record per segment. The input (`SearchDoc`) is emitted by the build at
 * /search-records.json; the Node index script and the benchmark turn it into records here, so the
 * site and the synthetic corpus are indexed the same way.
 */
import { cjkGrams } from './cjk.ts';

export interface SearchDoc {
  id: string;
  /** Transcript slug: the result links to /transcripts/<slug>/#<id>. */
  slug: string;
  speaker: string;
  speakerName: { en: string; 'zh-Hant': string };
  section: string;
  sectionTitle: { en: string; 'zh-Hant': string };
  kind: string;
  zh: string;
  en: string;
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
 * One index language for every record, so that both interface languages search the same index
 * (Pagefind picks the index of the page's language, or else the largest one). `zh-hant` turns on
 * Chinese word segmentation; it has no stemmer, so English is matched by word prefix.
 */
export const INDEX_LANGUAGE = 'zh-hant';

/**
 * Pagefind filter names: each is a per-segment filter because each record is one segment.
 * `transcript` (the slug) restricts a search to one transcript of the archive.
 */
export const FILTERS = ['speaker', 'section', 'verdict', 'kind', 'transcript'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Marks verdict-less segments so that "no fact-check" can be filtered too. */
export const NO_VERDICT = 'none';

export function recordUrl(slug: string, id: string): string {
  return `/transcripts/${slug}/#${id}`;
}

export function buildRecord(doc: SearchDoc): SearchRecord {
  const grams = cjkGrams(doc.zh);
  return {
    url: recordUrl(doc.slug, doc.id),
    // The real texts first (they carry word positions for quoted phrases), then the n-grams.
    content: `${doc.zh}\n${doc.en}\n${grams.join(' ')}`,
    language: INDEX_LANGUAGE,
    meta: {
      title: doc.id,
      id: doc.id,
      slug: doc.slug,
      speaker: doc.speaker,
      speakerEn: doc.speakerName.en,
      speakerZh: doc.speakerName['zh-Hant'],
      section: doc.section,
      sectionEn: doc.sectionTitle.en,
      sectionZh: doc.sectionTitle['zh-Hant'],
      kind: doc.kind,
      zh: doc.zh,
      en: doc.en,
      verdicts: doc.verdicts.join(' '),
    },
    filters: {
      speaker: [doc.speaker],
      section: [doc.section],
      verdict: doc.verdicts.length ? [...new Set(doc.verdicts)] : [NO_VERDICT],
      kind: [doc.kind],
      transcript: [doc.slug],
    },
  };
}
