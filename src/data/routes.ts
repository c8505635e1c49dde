/** getStaticPaths helpers shared by the thin route files of both interface languages. */
import { getSite } from './site';

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
