import type { APIRoute } from 'astro';
import { citationPaths, type CitationPageData } from '../../../data/routes';
import { passageCiteData } from '../../../lib/passage-data';

export const getStaticPaths = citationPaths;

/** What "Cite selection" fetches to cite a passage of this transcript (src/client/cite-selection.ts). */
export const GET: APIRoute = ({ props, site }) => {
  // Everything it holds comes from its props, whose digest is the route's cache key.
  const { meta, segments, speakers } = props as CitationPageData;
  return new Response(JSON.stringify(passageCiteData({ meta, segments }, { speakers, site: site! })), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
