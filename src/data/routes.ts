/** getStaticPaths helpers shared by the thin route files of both interface languages. */
import { getSite } from './site';
import { registryRedirects } from './cite-paths';

export async function transcriptPaths() {
  const { transcripts } = await getSite();
  return transcripts.map((transcript) => ({ params: { slug: transcript.meta.slug }, props: { transcript } }));
}

export async function segmentPaths() {
  const { transcripts } = await getSite();
  return transcripts.flatMap((transcript) =>
    transcript.segments.map((segment) => ({ params: { slug: transcript.meta.slug, id: segment.id }, props: { transcript, segment } })),
  );
}

/**
 * The quote cards and their oEmbed files: one per segment, and one at each old id the registry
 * redirects, showing its successor, so that a card already framed by another site keeps working
 * after a rename (a frame follows no 301 on a host without dist/_redirects).
 */
export async function embedPaths() {
  const { transcripts } = await getSite();
  return transcripts.flatMap((transcript) => {
    const byId = new Map(transcript.segments.map((s) => [s.id, s]));
    return [
      ...transcript.segments.map((segment) => ({ params: { slug: transcript.meta.slug, id: segment.id }, props: { transcript, segment } })),
      ...[...registryRedirects(transcript)].map(([from, to]) => ({ params: { slug: transcript.meta.slug, id: from }, props: { transcript, segment: byId.get(to)! } })),
    ];
  });
}
