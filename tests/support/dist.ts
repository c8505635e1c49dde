/** Reading the built site: files from dist/, parsed HTML, the JSON export, and what each transcript is expected to hold. */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const distDir = join(process.cwd(), 'dist');

export function distFile(path: string): string {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is not in the build`);
  return readFileSync(file, 'utf8');
}

export const loadPage = (path: string) => cheerio.load(distFile(path));

/** Every transcript of the site, by slug (content/transcripts/<slug>.mdx): tests of general properties run for each. */
export const slugs = readdirSync(join(process.cwd(), 'content/transcripts')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

/**
 * What holds for one transcript only (its seed text, its research dossier, its counts), from
 * tests/fixtures/expectations/<slug>.json; undefined for a transcript without such a file.
 */
export interface Expectations {
  seed: string;
  sharedSeed: string;
  dossier: string;
  minSeedSentences: number;
  dossierItems: number;
  verdictCounts: Record<string, number>;
  claimant: string;
  minClaimantSegments: number;
  titledNotes: number;
  uncheckedQuotesAndClaims: number;
  segmentWithTwoContextNotes: string;
  sourceLine: { en: string; 'zh-Hant': string };
  lostListTails: string[];
}
export function expectations(slug: string): Expectations | undefined {
  const file = join(process.cwd(), 'tests/fixtures/expectations', `${slug}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expectations) : undefined;
}

export interface ExportedSegment {
  id: string;
  permalink: string;
  speaker: string;
  kind: string;
  section: string;
  /** Keyed by language tag; this transcript's are zh-Hant and en (other transcripts: their own tags). */
  text: { 'zh-Hant': string; en: string } & Record<string, string>;
  annotations: { id: string; kind: string; verdict?: string; attribution?: string; body: { en: string; 'zh-Hant': string }; sources: string[] }[];
}
export interface TranscriptExport {
  slug: string;
  title: { 'zh-Hant': string; en: string };
  url: string;
  /** The original's BCP 47 tag; `translation.language` is the translation's (the keys of each segment's `text`). */
  originalLanguage: string;
  translation: { language: string; of: string; rule: string };
  segments: ExportedSegment[];
  sources: { id: string; title: string; publisher: string; url: string; published?: string; type: string }[];
}
export const loadExport = (s: string): TranscriptExport => JSON.parse(distFile(`transcripts/${s}.json`));

/** The seed article this transcript publishes: its source text (a copy of shared/seed, checked against it when present). */
export const seedPath = join(process.cwd(), 'content/source-texts/x-takeover-2025.txt');
export const sharedSeedPath = join(process.cwd(), '../shared/seed/x-takeover-2025.zh-Hant.txt');
export const seedText = () => readFileSync(seedPath, 'utf8');
