import type { APIRoute } from 'astro';
import { transcriptPaths, type TranscriptPageData } from '../../data/routes';
import { formatRis, transcriptBibliography } from '../../lib/citations';

/** The whole transcript's bibliography (its own entry, then one per segment), by citation-js. */
export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { transcript, speakers } = props as TranscriptPageData;
  const items = transcriptBibliography({ meta: transcript.meta, speakers, site: site! }, transcript.segments);
  return new Response(`${formatRis(items)}\n`, { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
};
