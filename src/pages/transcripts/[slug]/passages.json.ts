import type { APIRoute } from 'astro';
import { transcriptPaths } from '../../../data/routes';
import { passageCiteData } from '../../../lib/passage-data';
import type { Transcript } from '../../../lib/assemble';
import { getSite } from '../../../data/site';

export const getStaticPaths = transcriptPaths;

/** What "Cite selection" fetches to cite a passage of this transcript (src/scripts/cite-selection.ts). */
export const GET: APIRoute = async ({ props, site }) =>
  new Response(JSON.stringify(passageCiteData((props as { transcript: Transcript }).transcript, { speakers: (await getSite()).speakers, site: site! })), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
