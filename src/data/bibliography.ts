/** The GET handler of a transcript's bibliography download (.bib, .ris): its own entry, then one per segment. */
import type { APIRoute } from 'astro';
import { transcriptBibliography, type CslItem } from '../lib/citations';
import type { CitationPageData } from './routes';

export const bibliographyRoute = (format: (items: CslItem[]) => string, contentType: string): APIRoute => ({ props, site }) => {
  // Everything it cites comes from its props, whose digest is the route's cache key (src/data/routes.ts).
  const { meta, segments, speakers } = props as CitationPageData;
  const items = transcriptBibliography({ meta, speakers, site: site! }, segments);
  return new Response(`${format(items)}\n`, { headers: { 'content-type': `${contentType}; charset=utf-8` } });
};
