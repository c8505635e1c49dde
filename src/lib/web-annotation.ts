import type { Transcript } from './assemble';
import type { Annotation } from '../schemas/annotation';
import type { Source } from '../schemas/source';
import { paths } from './urls';
import { attributionsBySegment } from './attribution';
import { segmentSpans, temporalFragment } from './recording';
import { findWords, spanSelectors, textQuoteSelector } from './text-selectors';

/** W3C Web Annotation motivation for each kind of note. */
const motivation: Record<Annotation['kind'], string> = {
  'fact-check': 'assessing',
  translation: 'commenting',
  context: 'commenting',
  editorial: 'commenting',
};

/** A TextQuoteSelector for words inside a text: the words, and up to 32 characters either side of their first occurrence (the check guarantees there is one). */
function quoteIn(text: string, words: string) {
  const at = findWords(text, words) ?? { start: 0, end: 0 };
  return textQuoteSelector(text, at.start, at.end);
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
 * Where a note marks its words in a segment's text (`<Note id>` spans), each span is a target of
 * its own, in that text's language, like the covered words above: the segment (FragmentSelector),
 * and its whole text in that language (TextQuoteSelector) refined once by a TextQuoteSelector on
 * the words with 32 characters of context either side, and once by a TextPositionSelector on them
 * (code points of that text, the first being 0).
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
  const selectors = (segId: string, words?: { original: string; translation: string }, note?: string) => {
    const seg = segments.get(segId)!;
    const fragment = { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: segId };
    const span = spans.get(segId);
    const texts = [[seg.original, seg.spans.original], [seg.translation, seg.spans.translation]] as const;
    // A note's own spans in a text replace that text's whole-text target.
    type Target = { source: string; selector: object[] };
    const spanned = (text: string, list: readonly { note: string; start: number; end: number }[]): Target[] => list.filter((s) => s.note === note).map((s) => {
      const [quote, position] = spanSelectors(text, s.start, s.end);
      return { source: pageUrl, selector: [fragment, { type: 'TextQuoteSelector', exact: text, refinedBy: quote }, { type: 'TextQuoteSelector', exact: text, refinedBy: position }] };
    });
    const whole = (text: string, excerpt?: string): Target => ({ source: pageUrl, selector: [fragment, { type: 'TextQuoteSelector', exact: text, ...(excerpt !== undefined && { refinedBy: quoteIn(text, excerpt) }) }] });
    return [
      // Each text's target says its language: the page is in the interface's, the quoted words in their own.
      ...texts.flatMap(([text, list], i) => {
        const own = spanned(text, list);
        const language = i === 0 ? originalLanguage : translationLanguage;
        return (own.length > 0 ? own : [whole(text, words && (i === 0 ? words.original : words.translation))]).map((target) => ({ ...target, language }));
      }),
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
    target: a.segments.flatMap((segId) => selectors(segId, a.covers?.[segId], a.id)),
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
