/**
 * Each segment's citations in every format, with the highlighted HTML of its code formats, shared
 * by the segment pages of both interface languages (the citation text is English in both).
 * Computed once per transcript, when its first segment page asks: formatEach formats a transcript's
 * segments together at a small part of the cost of one by one (src/lib/cite-each.ts).
 */
import { segmentItem } from '../lib/citations';
import { codeFormats, type CitationFormat } from '../lib/cite-format';
import { formatEach } from '../lib/cite-each';
import { highlightCode } from '../lib/highlight';
import type { Transcript } from '../lib/assemble';
import type { Speaker } from '../schemas/speaker';

/** A segment's citation in every format, and the highlighted HTML of its code formats. */
export interface SegmentCitation {
  formats: Record<CitationFormat, string>;
  code: Partial<Record<CitationFormat, string>>;
}

const byTranscript = new Map<string, Promise<Map<string, SegmentCitation>>>();

async function compute(t: Transcript, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<Map<string, SegmentCitation>> {
  const out = new Map<string, SegmentCitation>();
  for (const [id, formats] of formatEach(t.segments.map((s) => segmentItem(s, { meta: t.meta, speakers, site })))) {
    const code: SegmentCitation['code'] = {};
    for (const [f, lang] of Object.entries(codeFormats) as [CitationFormat, NonNullable<(typeof codeFormats)[CitationFormat]>][]) code[f] = await highlightCode(formats[f], lang);
    out.set(id, { formats, code });
  }
  return out;
}

export async function segmentCitation(t: Transcript, id: string, speakers: ReadonlyMap<string, Speaker>, site: URL): Promise<SegmentCitation | undefined> {
  let entry = byTranscript.get(t.meta.slug);
  if (!entry) byTranscript.set(t.meta.slug, (entry = compute(t, speakers, site)));
  return (await entry).get(id);
}
