/** A segment's oEmbed description (src/lib/embed.ts): what a CMS reads to embed the card by URL. */
import type { APIRoute } from 'astro';
import { embedPaths } from '../../../../data/routes';
import { embedInfo } from '../../../../data/embed';
import { oembed } from '../../../../lib/embed';
import type { PlacedSegment, Transcript } from '../../../../lib/assemble';

export const getStaticPaths = embedPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { transcript, segment } = props as { transcript: Transcript; segment: PlacedSegment };
  const e = await embedInfo(transcript, segment, site);
  return new Response(JSON.stringify(oembed(e), null, 2), { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
};
