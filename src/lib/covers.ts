/**
 * `covers`: which words of a segment a fact-check is about, so that the several verdicts of one
 * segment can be told apart. Each excerpt must be copied exactly from the segment's own text, and a
 * segment with several fact-checks needs one from each of them.
 */
import type { Annotation } from '../schemas/annotation';
import type { Segment } from '../schemas/segment';
import type { Problem } from './problem';

/** A note with its file and its place in that file's list (for the problem's line). */
export type LocatedNote = { annotation: Annotation; file: string; index: number };
type Texts = Pick<Segment, 'id' | 'original' | 'translation'>;

/** Problems with one note's excerpts: a segment it is not on, words not in that segment's text. */
export function coverProblems({ annotation: a, file, index }: LocatedNote, segments: ReadonlyMap<string, Texts>, transcriptFile: string): Problem[] {
  const problems: Problem[] = [];
  const at = (...path: string[]) => ({ file, id: a.id, path: ['annotations', index, 'covers', ...path] });
  for (const [segId, words] of Object.entries(a.covers ?? {})) {
    const seg = segments.get(segId);
    if (!seg || !a.segments.includes(segId)) {
      problems.push({ ...at(segId), problem: `covers names segment "${segId}", which is not in this note's segments`, fix: `use one of: ${a.segments.join(', ')}` });
      continue;
    }
    if (!seg.original.includes(words.original)) {
      problems.push({ ...at(segId, 'original'), problem: `covers.${segId}.original "${words.original}" is not in the segment's original text`, fix: `copy the words exactly from its <Original> in ${transcriptFile}` });
    }
    if (!seg.translation.includes(words.translation)) {
      problems.push({ ...at(segId, 'translation'), problem: `covers.${segId}.translation "${words.translation}" is not in the segment's translation`, fix: `copy the words exactly from its <Translation> in ${transcriptFile}` });
    }
  }
  return problems;
}

/** Segments with several fact-checks where one of them does not say which words it covers. */
export function missingCovers(notes: readonly LocatedNote[]): Problem[] {
  const checksOf = new Map<string, LocatedNote[]>();
  for (const n of notes) {
    if (n.annotation.kind !== 'fact-check') continue;
    for (const segId of n.annotation.segments) checksOf.set(segId, [...(checksOf.get(segId) ?? []), n]);
  }
  const problems: Problem[] = [];
  for (const [segId, checks] of checksOf) {
    if (checks.length < 2) continue;
    for (const { annotation: a, file, index } of checks) {
      if (a.covers?.[segId]) continue;
      const others = checks.filter((c) => c.annotation !== a).map((c) => c.annotation.id).join(', ');
      problems.push({ file, id: a.id, path: ['annotations', index, 'segments'], problem: `segment "${segId}" has several fact-checks (also ${others}): say which of its words this one checks`, fix: `add covers: { ${segId}: { original: "…", translation: "…" } } with words copied exactly from the segment` });
    }
  }
  return problems;
}
