/**
 * One transcript's segment citations, formatted and highlighted: the job the citation worker
 * (cite-worker.ts) runs, and the page thread too when it would otherwise wait (segment-citations.ts).
 * Erasable TypeScript with `.ts` import paths: the worker is loaded by Node's type stripping.
 */
import { codeFormats, type CitationFormat, type CslItem } from '../lib/cite-format.ts';
import { formatEach } from '../lib/cite-each.ts';
import { highlightCode } from '../lib/highlight.ts';
import { encodeEntries, type SegmentCitation, type Wire } from './cite-wire.ts';

export async function citeJob(items: CslItem[]): Promise<Wire> {
  const out: [string, SegmentCitation][] = [];
  for (const [id, formats] of formatEach(items)) {
    const code: Partial<Record<CitationFormat, string>> = {};
    for (const [f, lang] of Object.entries(codeFormats) as [CitationFormat, NonNullable<(typeof codeFormats)[CitationFormat]>][]) code[f] = await highlightCode(formats[f], lang);
    out.push([id, { formats, code }]);
  }
  return encodeEntries(out);
}
