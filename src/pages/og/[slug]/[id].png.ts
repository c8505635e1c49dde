import type { APIRoute } from 'astro';
import { shareImagePaths, type ShareImageData } from '../../../data/routes';
import { renderOgImage } from '../../../build/og-image';

/** The share card of each segment: /og/<slug>/<id>.png (1200×630). */
export const getStaticPaths = shareImagePaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props as ShareImageData);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
