import type { APIRoute } from 'astro';
import { transcriptPaths, type TranscriptPageData } from '../../data/routes';
import { formatBibtex, transcriptBibliography } from '../../lib/citations';

/** The whole transcript's bibliography (its own entry, then one per segment), by citation-js. */
export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { transcript, speakers } = props as TranscriptPageData;
  const items = transcriptBibliography({ meta: transcript.meta, speakers, site: site! }, transcript.segments);
  return new Response(`${formatBibtex(items)}\n`, { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
