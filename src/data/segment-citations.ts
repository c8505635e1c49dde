/**
 * Each segment's citations in every format, formatted once per transcript with one citeproc run per
 * style (src/lib/citations.ts formatEach) and shared by the segment pages of both interface
 * languages: the citation text is English in both, so the cache is keyed by the transcript alone.
 */
import { formatEach, segmentItem, type CitationFormat } from '../lib/citations';
import type { Transcript } from '../lib/assemble';
import type { Speaker } from '../schemas/speaker';

const cache = new Map<string, Map<string, Record<CitationFormat, string>>>();

export function segmentCitations(t: Transcript, speakers: ReadonlyMap<string, Speaker>, site: URL): Map<string, Record<CitationFormat, string>> {
  let out = cache.get(t.meta.slug);
  if (!out) {
    out = formatEach(t.segments.map((s) => segmentItem(s, { meta: t.meta, speakers, site })));
    cache.set(t.meta.slug, out);
  }
  return out;
}
