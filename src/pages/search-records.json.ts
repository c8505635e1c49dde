/**
 * Build-time only: every segment and every note of every transcript as a search document. The
 * build's next step, scripts/build-search-index.mjs, indexes this file with Pagefind once `astro
 * build` has exited, and deletes it: it is not published.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import type { SearchDoc } from '../lib/search/records.ts';
import { transcriptName } from '../lib/transcript-name';
import { roleForInterface } from '../lib/languages';
import { locales, type Locale } from '../lib/locales';
import { pick } from '../lib/i18n';

/** A text in every interface language. */
const inEvery = (text: (l: Locale) => string) => Object.fromEntries(locales.map((l) => [l, text(l)])) as Record<Locale, string>;

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n');

export const GET: APIRoute = async () => {
  const { transcripts, speakers } = await getSite();
  const docs: SearchDoc[] = transcripts.flatMap((t) => {
    const transcript = inEvery((l) => transcriptName(t.meta, l));
    // A section is named in each interface by the text in that interface's language, if either is (as in the contents list).
    const sectionIn = (sec: { original: string; translation: string }) => inEvery((l) => sec[roleForInterface(t.meta, l)]);
    return t.sections.flatMap((sec) =>
      sec.segments.flatMap((s) => {
        const sp = speakers.get(s.speaker)!;
        const where = {
          slug: t.meta.slug,
          transcript,
          speaker: s.speaker,
          speakerName: inEvery((l) => pick(sp.name, l)),
          section: sec.id,
          sectionTitle: sectionIn(sec),
        };
        const segment: SearchDoc = { ...where, id: s.id, kind: s.kind, original: s.original, translation: s.translation, languages: [t.meta.originalLanguage, t.meta.translationLanguage], verdicts: s.annotations.flatMap((a) => (a.verdict ? [a.verdict] : [])) };
        // A note is indexed once, at its first segment; it carries that segment's speaker and section for the filters.
        const notes: SearchDoc[] = s.annotations
          .filter((a) => a.segments[0] === s.id)
          .map((a) => ({
            ...where,
            id: a.id,
            note: { kind: a.kind, segment: s.id },
            kind: s.kind,
            original: joined(a.title?.['zh-Hant'], a.claim?.['zh-Hant'], a.finding?.['zh-Hant'], a.body['zh-Hant']),
            translation: joined(a.title?.en, a.claim?.en, a.finding?.en, a.body.en, a.originalEnglish),
            languages: ['zh-Hant', 'en'] as [string, string],
            verdicts: a.verdict ? [a.verdict] : [],
          }));
        return [segment, ...notes];
      }),
    );
  });
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
