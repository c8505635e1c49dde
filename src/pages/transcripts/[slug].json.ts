import type { APIRoute } from 'astro';
import { transcriptPaths } from '../../data/routes';
import { transcriptExport } from '../../lib/export';
import type { Transcript } from '../../lib/assemble';

export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(transcriptExport((props as { transcript: Transcript }).transcript, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
