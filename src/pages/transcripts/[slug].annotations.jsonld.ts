import type { APIRoute } from 'astro';
import { transcriptPaths } from '../../data/routes';
import { getSite } from '../../data/site';
import { webAnnotations } from '../../lib/web-annotation';
import type { Transcript } from '../../lib/assemble';

export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { sources } = await getSite();
  const body = webAnnotations((props as { transcript: Transcript }).transcript, site!, sources);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
};
