import type { APIRoute } from 'astro';
import { transcriptPaths } from '../../data/routes';
import { getSite } from '../../data/site';
import { formatRis, transcriptBibliography } from '../../lib/citations';
import type { Transcript } from '../../lib/assemble';

/** The whole transcript's bibliography (its own entry, then one per segment), by citation-js. */
export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { transcript } = props as { transcript: Transcript };
  const { speakers } = await getSite();
  const items = transcriptBibliography({ meta: transcript.meta, speakers, site: site! }, transcript.segments);
  return new Response(`${formatRis(items)}\n`, { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
};
