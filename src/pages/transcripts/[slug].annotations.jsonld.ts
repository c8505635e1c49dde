import type { APIRoute } from 'astro';
import { transcriptPaths, type TranscriptPageData } from '../../data/routes';
import { webAnnotations } from '../../lib/web-annotation';

export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { transcript, sources } = props as TranscriptPageData;
  const body = webAnnotations(transcript, site!, sources);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } });
};
