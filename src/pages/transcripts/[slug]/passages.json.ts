import type { APIRoute } from 'astro';
import { transcriptPaths, type TranscriptPageData } from '../../../data/routes';
import { passageCiteData } from '../../../lib/passage-data';

export const getStaticPaths = transcriptPaths;

/** What "Cite selection" fetches to cite a passage of this transcript (src/client/cite-selection.ts). */
export const GET: APIRoute = ({ props, site }) => {
  // Everything it holds comes from its props, whose digest is the route's cache key.
  const { transcript, speakers } = props as TranscriptPageData;
  return new Response(JSON.stringify(passageCiteData(transcript, { speakers, site: site! })), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
