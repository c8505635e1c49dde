/**
 * What the citation worker sends back, and how: each segment's entry is deflated JSON, all of a
 * transcript's entries concatenated in one buffer with their byte offsets. Shared by both
 * sides of the worker (erasable TypeScript: the worker is loaded by Node's type stripping).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CitationFormat, CslItem } from '../lib/cite-format.ts';

/** A segment's citation in every format, and the highlighted HTML of its code formats. */
export interface SegmentCitation {
  formats: Record<CitationFormat, string>;
  code: Partial<Record<CitationFormat, string>>;
}

export interface CiteJob {
  key: string;
  items: CslItem[];
}

/**
 * Who formats which job: a shared Int32Array, one slot per job, 0 while nobody has claimed it.
 * Claims are atomic, so a job is formatted exactly once whichever thread gets there first.
 */
export const PAGES = 1;
export const WORKER = 2;
export const claim = (claims: Int32Array, i: number, by: typeof PAGES | typeof WORKER): boolean => Atomics.compareExchange(claims, i, 0, by) === 0;

export interface Wire {
  ids: string[];
  /** ends[i] is the byte offset where entry i ends (it starts where i - 1 ends). */
  ends: number[];
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Each entry is deflated (raw, fastest level): the highlighted code blocks make an entry about
 * 15 KB of JSON, every entry is kept until the Chinese pages are rendered, and at 10,000 segments
 * the plain bytes were 150 MB, held while the worker's heap still was. Deflated they are about a
 * fifth of that, for about 0.1 ms per entry here and a few hundredths of a millisecond per page.
 */
export function encodeEntries(entries: [string, SegmentCitation][]): Wire {
  const parts = entries.map(([, c]) => deflateRawSync(JSON.stringify(c), { level: 1 }));
  const ends: number[] = [];
  let end = 0;
  for (const p of parts) ends.push((end += p.length));
  const bytes = new Uint8Array(new ArrayBuffer(end));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { ids: entries.map(([id]) => id), ends, bytes };
}

/** id → that entry's bytes (views into the one buffer, nothing copied). */
export function entryBytes({ ids, ends, bytes }: Wire): Map<string, Uint8Array> {
  return new Map(ids.map((id, i) => [id, bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])]));
}

export const decodeEntry = (b: Uint8Array): SegmentCitation => JSON.parse(inflateRawSync(b).toString('utf8')) as SegmentCitation;
