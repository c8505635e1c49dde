import type { APIRoute } from 'astro';
import { segmentPaths } from '../../../data/routes';
import { getSite } from '../../../data/site';
import { getSettings } from '../../../data/settings';
import { renderOgImage } from '../../../lib/og-image';
import type { PlacedSegment, Transcript } from '../../../lib/assemble';

/** The share card of each segment: /og/<slug>/<id>.png (1200×630). */
export const getStaticPaths = segmentPaths;

export const GET: APIRoute = async ({ props }) => {
  const { transcript, segment } = props as { transcript: Transcript; segment: PlacedSegment };
  const { speakers } = await getSite();
  const sp = speakers.get(segment.speaker);
  const speaker = !sp ? segment.speaker : sp.kind === "narrator" ? transcript.meta.sourceDocument.author : `${sp.name["zh-Hant"]} ${sp.name.en}`;
  const png = await renderOgImage({ zh: segment.zh, en: segment.en, speaker, footer: `${transcript.meta.title['zh-Hant']} · ${(await getSettings()).siteName.en}` });
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
};
