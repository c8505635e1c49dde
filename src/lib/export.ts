import type { Transcript } from './assemble';
import type { Annotation } from '../schemas/annotation';
import { paths } from './urls';
import { attributionFor } from './attribution';
import type { Correction } from '../schemas/correction';
import { recordingAt } from './recording';
import { byTag, pairNamesIn, type LanguagePair } from './languages';
import { spanAnchors } from './text-selectors';
import type { PlacedSegment } from './assemble';

/**
 * One annotation as exported under one of its segments: what a reader sees in the note, with source
 * ids. `attribution` is this segment's own (a note covering several segments may differ per segment).
 * `spans` are the words of this segment the note is about, where the transcript marks them: per
 * text, a W3C TextQuoteSelector and TextPositionSelector, in code points of the segment's
 * `text[language]`.
 */
function exportAnnotation(a: Annotation, s: PlacedSegment, pair: LanguagePair) {
  const segmentId = s.id;
  const attribution = attributionFor(a, segmentId);
  const spans = spanAnchors(a.id, s.id, [{ language: pair.originalLanguage, text: s.original, spans: s.spans.original }, { language: pair.translationLanguage, text: s.translation, spans: s.spans.translation }]);
  return {
    id: a.id,
    kind: a.kind,
    ...(a.title && { title: a.title }),
    ...(a.verdict && { verdict: a.verdict }),
    ...(attribution && { attribution }),
    ...(a.claim && { claim: a.claim }),
    ...(a.finding && { finding: a.finding }),
    ...(a.covers && { covers: Object.fromEntries(Object.entries(a.covers).map(([id, words]) => [id, byTag(pair, words)])) }),
    ...(spans.length > 0 && { spans }),
    body: a.body,
    ...(a.originalEnglish && { originalEnglish: { text: a.originalEnglish, source: a.originalEnglishSource } }),
    ...(a.checked && { checked: a.checked }),
    sources: a.sources,
  };
}

/**
 * What each segment's `text` is, keyed by language tag and carried beside it (`textLabels`), so that
 * a segment taken out of the file still says that its translation is ours, not the speaker's words.
 */
export function textLabels(pair: LanguagePair): Record<string, string> {
  const n = pairNamesIn(pair, 'en');
  return byTag(pair, {
    original: `The ${n.original} report as published, verbatim.`,
    translation: `Interlinear's ${n.translation} translation of the ${n.original} report: not the speaker's own words.`,
  });
}

/**
 * How a passage (any run of words, in one segment or several) is addressed, so that other tools
 * build the links the site's "Cite selection" builds (src/lib/text-fragment.ts).
 */
function passageAddressing(transcriptUrl: string, citationData: string, pair: LanguagePair) {
  const n = pairNamesIn(pair, 'en');
  return {
    link: `${transcriptUrl}#<first-segment-id>:~:text=[<prefix>-,]<start>[,<end>][,-<suffix>]`,
    rules: [
      'The page is the transcript page (either interface language); the fragment starts with the id of the first segment the passage touches, so that browsers without text fragments land on that segment.',
      'After it, a text directive (https://wicg.github.io/scroll-to-text-fragment/): start is the passage itself when it is short and within one block of text; otherwise start is its first words and end its last words (each within one block: one language of one segment).',
      'Terms are whole words (browsers match whole words only; Chinese and Japanese words by a word segmenter) and are percent-encoded, including -, comma and &.',
      'Where the same words occur earlier on the page, the words just before the passage (prefix) and then just after it (suffix) are added until the first match on the page is the passage.',
      `A citation of the passage quotes the selected words in the language(s) selected, names every segment it spans (citation key passage-<first-id>[--<last-id>]), and marks the ${n.translation} as Interlinear's translation of a ${n.original} report.`,
    ],
    citationData,
  };
}

/** Which text is which, in words: the translation is ours, not the speaker's (`translation.rule`). */
function translationRule(pair: LanguagePair): string {
  const n = pairNamesIn(pair, 'en');
  return `Every segment's text.${pair.translationLanguage} is Interlinear's ${n.translation} translation of its text.${pair.originalLanguage}, the ${n.original} report verbatim; it is not the speaker's own words. Each segment's textLabels says so beside its text.`;
}

/**
 * The machine-readable export of a transcript (`/transcripts/<slug>.json`), documented in the
 * README. `permalink` is the segment page's URL path; `url` is absolute. Sources keep their
 * `note` and `titleNote` hedges exactly as content/data/sources.yaml has them.
 */
export function transcriptExport(t: Transcript, site: URL, corrections: readonly Correction[] = []) {
  const m = t.meta;
  const recording = m.recording && new URL(m.recording.url, site).href;
  const labels = textLabels(m);
  return {
    slug: m.slug,
    title: m.title,
    url: new URL(paths.transcript('en', m.slug), site).href,
    date: m.date.toISOString().slice(0, 10),
    event: m.event,
    place: m.place,
    originalLanguage: m.originalLanguage,
    translation: { language: m.translationLanguage, of: m.originalLanguage, rule: translationRule(m), note: m.translationNote },
    sourceDocument: m.sourceDocument,
    ...(m.recording && { recording: { url: recording, type: m.recording.type, ...(m.recording.label && { label: m.recording.label }) } }),
    passages: passageAddressing(new URL(paths.transcript('en', m.slug), site).href, new URL(paths.passageData(m.slug), site).href, m),
    sections: t.sections.map((s) => ({ id: s.id, title: byTag(m, s), segments: s.segments.map((g) => g.id) })),
    segments: t.segments.map((s) => ({
      id: s.id,
      permalink: paths.segment('en', m.slug, s.id),
      speaker: s.speaker,
      kind: s.kind,
      ...(s.level && { level: s.level }),
      section: s.sectionId,
      // Times only mean something with a recording to play them in.
      ...(recording && s.start !== undefined && { start: s.start, recordingAt: recordingAt(recording, s.start) }),
      text: byTag(m, s),
      textLabels: labels,
      annotations: s.annotations.map((a) => exportAnnotation(a, s, m)),
    })),
    sources: t.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      ...(s.titleNote !== undefined && { titleNote: s.titleNote }),
      ...(s.published && { published: s.published }),
      type: s.type,
      provenance: s.provenance,
      ...(s.copyOf && { copyOf: s.copyOf }),
      language: s.language,
      ...(s.note !== undefined && { note: s.note }),
    })),
    // The corrections log's entries about this transcript, newest first, each with its public URL.
    corrections: corrections
      .filter((c) => c.transcript === m.slug)
      .map((c) => ({
        id: c.id,
        url: new URL(paths.correction('en', c.id), site).href,
        date: c.date,
        type: c.type,
        field: c.field,
        segments: c.segments,
        annotations: c.annotations,
        sources: c.sources,
        before: c.before,
        after: c.after,
        reason: c.reason,
      })),
  };
}
