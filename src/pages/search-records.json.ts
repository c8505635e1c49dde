/**
 * Build-time only: every segment of every transcript as a search document. The documents go to
 * the search-index integration (src/integrations/search-index.ts), which indexes them with
 * Pagefind while the rest of the site renders and deletes this file at the end of the build.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import type { SearchDoc } from '../lib/search/records.ts';
import { indexDuringBuild } from '../lib/search/index-hook.ts';

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
  indexDuringBuild(docs);
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
