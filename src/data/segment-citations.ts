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
import { getSite } from './site';

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

/**
 * The citation of segment `id` of transcript `slug`. Formatting a segment alone gives the same
 * text (tests/unit/citations.test.ts), so it depends only on the segment, the transcript's metadata
 * and the speakers: what a segment page's cache key covers (src/data/routes.ts).
 */
export async function segmentCitation(slug: string, id: string, site: URL): Promise<SegmentCitation | undefined> {
  let entry = byTranscript.get(slug);
  if (!entry) {
    entry = getSite().then(({ transcripts, speakers }) => {
      const t = transcripts.find((x) => x.meta.slug === slug);
      if (!t) throw new Error(`segment citations: ${slug} is not a transcript of the site`);
      return compute(t, speakers, site);
    });
    byTranscript.set(slug, entry);
  }
  return (await entry).get(id);
}
