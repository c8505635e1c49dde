/** A segment's oEmbed description (src/lib/embed.ts): what a CMS reads to embed the card by URL. */
import type { APIRoute } from 'astro';
import { embedPaths, type EmbedPageData } from '../../../../data/routes';
import { embedInfo } from '../../../../data/embed';
import { oembed } from '../../../../lib/embed';

export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { meta, segment, speakers, settings } = props as EmbedPageData;
  return new Response(JSON.stringify(oembed(embedInfo(meta, segment, speakers, settings, site)), null, 2), { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
};
