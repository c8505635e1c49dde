/** The GET handler of a transcript's bibliography download (.bib, .ris): its own entry, then one per segment. */
import type { APIRoute } from 'astro';
import { getSite } from './site';
import { transcriptBibliography, type CslItem } from '../lib/citations';
import type { Transcript } from '../lib/assemble';

export const bibliographyRoute = (format: (items: CslItem[]) => string, contentType: string): APIRoute => async ({ props, site }) => {
  const { transcript } = props as { transcript: Transcript };
  const { speakers } = await getSite();
  const items = transcriptBibliography({ meta: transcript.meta, speakers, site: site! }, transcript.segments);
  return new Response(`${format(items)}\n`, { headers: { 'content-type': `${contentType}; charset=utf-8` } });
};
