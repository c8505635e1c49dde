/**
 * Build-time only: every segment of every transcript as a search document. The build's next step,
 * scripts/build-search-index.mjs, indexes this file with Pagefind once `astro build` has exited,
 * and deletes it: it is not published.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import type { SearchDoc } from '../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const { transcripts, speakers } = await getSite();
  const docs: SearchDoc[] = transcripts.flatMap((t) =>
    t.sections.flatMap((sec) =>
      sec.segments.map((s) => {
        const sp = speakers.get(s.speaker)!;
        return {
          id: s.id,
          slug: t.meta.slug,
          speaker: s.speaker,
          speakerName: { en: sp.name.en, 'zh-Hant': sp.name['zh-Hant'] },
          section: sec.id,
          sectionTitle: { en: sec.en, 'zh-Hant': sec.zh },
          kind: s.kind,
          zh: s.zh,
          en: s.en,
          verdicts: s.annotations.flatMap((a) => (a.verdict ? [a.verdict] : [])),
        };
      }),
    ),
  );
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
