import type { Transcript } from './assemble';
import type { Annotation } from '../schemas/annotation';
import type { Source } from '../schemas/source';
import { paths } from './urls';
import { attributionsBySegment } from './attribution';
import { segmentSpans, temporalFragment } from './recording';

/** W3C Web Annotation motivation for each kind of note. */
const motivation: Record<Annotation['kind'], string> = {
  'fact-check': 'assessing',
  translation: 'commenting',
  context: 'commenting',
  editorial: 'commenting',
};

/** A TextQuoteSelector for words inside a text: the words, and up to 32 characters either side of their first occurrence. */
function quoteIn(text: string, words: string) {
  const at = text.indexOf(words);
  const before = Array.from(text.slice(0, at));
  const after = Array.from(text.slice(at + words.length));
  return { type: 'TextQuoteSelector', exact: words, prefix: before.slice(-32).join(''), suffix: after.slice(0, 32).join('') };
}

/**
 * The transcript's annotations as a W3C Web Annotation collection (JSON-LD), so annotation tools
 * can load them. Each targets its segments on the transcript page with a FragmentSelector (the
 * segment id) and a TextQuoteSelector on the segment's text, in Chinese and in English.
 * A quote's attribution belongs to each segment, not to the note: it is published as one
 * `classifying` annotation per covered segment, targeting that segment alone, whose id is the note's
 * anchor on that segment's own page (where the note shows that segment's attribution).
 * Where a fact-check says which words of a segment it covers, that selector is refined
 * (`refinedBy`) by a TextQuoteSelector on those words.
 * A timed segment of a transcript with a recording is also targeted in the recording, by a
 * FragmentSelector conforming to Media Fragments (`t=start,end`, the end being the next timed
 * segment's start).
 */
export function webAnnotations(t: Transcript, site: URL, sources: ReadonlyMap<string, Source>) {
  const pageUrl = new URL(paths.transcript('en', t.meta.slug), site).href;
  const segments = new Map(t.segments.map((s) => [s.id, s]));
  const recording = t.meta.recording;
  const spans = recording ? segmentSpans(t.segments) : new Map<string, { start: number; end?: number }>();
  const { originalLanguage, translationLanguage } = t.meta;
  const selectors = (segId: string, words?: { original: string; translation: string }) => {
    const seg = segments.get(segId)!;
    const fragment = { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: segId };
    const span = spans.get(segId);
    return [
      // Each text's target says its language: the page is in the interface's, the quoted words in their own.
      { source: pageUrl, language: originalLanguage, selector: [fragment, { type: 'TextQuoteSelector', exact: seg.original, ...(words && { refinedBy: quoteIn(seg.original, words.original) }) }] },
      { source: pageUrl, language: translationLanguage, selector: [fragment, { type: 'TextQuoteSelector', exact: seg.translation, ...(words && { refinedBy: quoteIn(seg.translation, words.translation) }) }] },
      ...(recording && span
        ? [{ source: new URL(recording.url, site).href, format: recording.type, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: temporalFragment(span.start, span.end) } }]
        : []),
    ];
  };
  const notes = t.annotations.map((a) => ({
    id: `${pageUrl}#note-${a.id}`,
    type: 'Annotation',
    motivation: motivation[a.kind],
    ...(a.checked && { created: a.checked }),
    creator: { type: 'Organization', name: 'Interlinear' },
    body: [
      { type: 'TextualBody', purpose: motivation[a.kind], value: a.body.en, language: 'en', format: 'text/plain' },
      { type: 'TextualBody', purpose: motivation[a.kind], value: a.body['zh-Hant'], language: 'zh-Hant', format: 'text/plain' },
      ...(a.verdict ? [{ type: 'TextualBody', purpose: 'tagging', value: a.verdict }] : []),
      ...a.sources.map((id) => {
        const s = sources.get(id)!;
        return { id: s.url, type: 'Text', purpose: 'linking', title: s.title, language: s.language };
      }),
    ],
    target: a.segments.flatMap((segId) => selectors(segId, a.covers?.[segId])),
  }));
  const attributions = t.annotations.flatMap((a) =>
    attributionsBySegment(a).map(({ segment, attribution }) => ({
      id: `${new URL(paths.segment('en', t.meta.slug, segment), site).href}#note-${a.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      ...(a.checked && { created: a.checked }),
      creator: { type: 'Organization', name: 'Interlinear' },
      body: [{ type: 'TextualBody', purpose: 'classifying', value: `attribution:${attribution}` }],
      target: selectors(segment),
    })),
  );
  const items = [...notes, ...attributions];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: new URL(paths.exportJsonLd(t.meta.slug), site).href,
    type: 'AnnotationCollection',
    label: `${t.meta.title.en} — Interlinear annotations`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
