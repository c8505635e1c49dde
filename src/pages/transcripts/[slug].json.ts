import type { APIRoute } from 'astro';
import { transcriptPaths } from '../../data/routes';
import { transcriptExport } from '../../lib/export';
import type { Transcript } from '../../lib/assemble';
import { getSite } from '../../data/site';

export const getStaticPaths = transcriptPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(JSON.stringify(transcriptExport((props as { transcript: Transcript }).transcript, site!, (await getSite()).corrections), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
