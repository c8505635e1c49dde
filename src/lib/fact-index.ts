import type { Annotation } from '../schemas/annotation';
import type { Verdict } from '../schemas/verdict';
import { verdictScale } from './verdicts';
import { isUncheckedSegment } from './unchecked';
import type { PlacedSegment, Transcript } from './assemble';

/** One checked claim as listed on the fact-check index. */
export interface FactCheckEntry {
  transcript: Transcript;
  annotation: Annotation & { verdict: Verdict };
  /** The segment the claim sits on (the annotation's first segment). */
  segmentId: string;
  claimant: string;
}

/** Every fact-check of every transcript, grouped by verdict in scale order, in reading order inside a group. */
export function factChecksByVerdict(transcripts: readonly Transcript[]): { verdict: Verdict; entries: FactCheckEntry[] }[] {
  const all: FactCheckEntry[] = transcripts.flatMap((t) =>
    t.annotations
      .filter((a): a is Annotation & { verdict: Verdict } => a.kind === 'fact-check' && a.verdict !== undefined)
      .map((a) => ({ transcript: t, annotation: a, segmentId: a.segments[0]!, claimant: a.claimant ?? '' })),
  );
  const order = (e: FactCheckEntry) => e.transcript.segments.findIndex((s) => s.id === e.segmentId);
  return verdictScale.map((verdict) => ({
    verdict,
    entries: all.filter((e) => e.annotation.verdict === verdict).sort((a, b) => order(a) - order(b)),
  }));
}

/** The quotes and claims no fact-check covers, in reading order: listed so that a reader can see what was not checked. */
export function uncheckedClaims(transcripts: readonly Transcript[]): { transcript: Transcript; segment: PlacedSegment }[] {
  return transcripts.flatMap((t) => t.segments.filter(isUncheckedSegment).map((segment) => ({ transcript: t, segment })));
}

/** For each source id, the segments whose annotations cite it (backlinks), in reading order. */
export function citingSegments(transcripts: readonly Transcript[]): Map<string, { transcript: Transcript; segmentId: string; annotationId: string }[]> {
  const map = new Map<string, { transcript: Transcript; segmentId: string; annotationId: string }[]>();
  for (const t of transcripts) {
    for (const s of t.segments) {
      for (const a of s.annotations) {
        if (a.segments[0] !== s.id) continue;
        for (const src of a.sources) {
          const list = map.get(src) ?? [];
          if (!list.some((x) => x.segmentId === s.id && x.transcript === t)) list.push({ transcript: t, segmentId: s.id, annotationId: a.id });
          map.set(src, list);
        }
      }
    }
  }
  return map;
}

/** Items grouped by the transcript they are from, transcripts in order of first appearance. */
export function groupByTranscript<T extends { transcript: Transcript }>(items: readonly T[]): [Transcript, T[]][] {
  const groups = new Map<Transcript, T[]>();
  for (const item of items) groups.set(item.transcript, [...(groups.get(item.transcript) ?? []), item]);
  return [...groups];
}
