/** Reading the built site: files from dist/, parsed HTML, the JSON export. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const distDir = join(process.cwd(), 'dist');

export function distFile(path: string): string {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is not in the build`);
  return readFileSync(file, 'utf8');
}

export const loadPage = (path: string) => cheerio.load(distFile(path));

export const slug = 'x-takeover-2025';

export interface ExportedSegment {
  id: string;
  permalink: string;
  speaker: string;
  kind: string;
  section: string;
  text: { 'zh-Hant': string; en: string };
  annotations: { id: string; kind: string; verdict?: string; attribution?: string; body: { en: string; 'zh-Hant': string }; sources: string[] }[];
}
export interface TranscriptExport {
  slug: string;
  title: { 'zh-Hant': string; en: string };
  url: string;
  segments: ExportedSegment[];
  sources: { id: string; title: string; publisher: string; url: string; published?: string; type: string }[];
}
export const loadExport = (s = slug): TranscriptExport => JSON.parse(distFile(`transcripts/${s}.json`));

/** The seed article this transcript publishes: its source text (a copy of shared/seed, checked against it when present). */
export const seedPath = join(process.cwd(), 'content/source-texts/x-takeover-2025.txt');
export const sharedSeedPath = join(process.cwd(), '../shared/seed/x-takeover-2025.zh-Hant.txt');
export const seedText = () => readFileSync(seedPath, 'utf8');
