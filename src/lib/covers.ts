/**
 * `covers`: which words of a segment a fact-check is about, so that the several verdicts of one
 * segment can be told apart. Each excerpt must be copied exactly from the segment's own text, and a
 * segment with several fact-checks needs one from each of them.
 */
import type { Annotation } from '../schemas/annotation';
import type { Segment } from '../schemas/segment';
import { ContentError } from './content-error';

type Located = { annotation: Annotation; file: string };
type Texts = Pick<Segment, 'id' | 'zh' | 'en'>;

/** Problems with one note's excerpts: a segment it is not on, words not in that segment's text. */
export function coverProblems({ annotation: a, file }: Located, segments: ReadonlyMap<string, Texts>, transcriptFile: string): ContentError[] {
  const problems: ContentError[] = [];
  for (const [segId, words] of Object.entries(a.covers ?? {})) {
    const seg = segments.get(segId);
    if (!seg || !a.segments.includes(segId)) {
      problems.push(new ContentError(file, a.id, `covers names segment "${segId}", which is not in this note's segments — use one of: ${a.segments.join(', ')}`));
      continue;
    }
    if (!seg.zh.includes(words['zh-Hant'])) {
      problems.push(new ContentError(file, a.id, `covers.${segId}.zh-Hant "${words['zh-Hant']}" is not in the segment's Chinese text — copy the words exactly from its <Zh> in ${transcriptFile}`));
    }
    if (!seg.en.includes(words.en)) {
      problems.push(new ContentError(file, a.id, `covers.${segId}.en "${words.en}" is not in the segment's English text — copy the words exactly from its <En> in ${transcriptFile}`));
    }
  }
  return problems;
}

/** Segments with several fact-checks where one of them does not say which words it covers. */
export function missingCovers(notes: readonly Located[]): ContentError[] {
  const checksOf = new Map<string, Located[]>();
  for (const n of notes) {
    if (n.annotation.kind !== 'fact-check') continue;
    for (const segId of n.annotation.segments) checksOf.set(segId, [...(checksOf.get(segId) ?? []), n]);
  }
  const problems: ContentError[] = [];
  for (const [segId, checks] of checksOf) {
    if (checks.length < 2) continue;
    for (const { annotation: a, file } of checks) {
      if (a.covers?.[segId]) continue;
      const others = checks.filter((c) => c.annotation !== a).map((c) => c.annotation.id).join(', ');
      problems.push(new ContentError(file, a.id, `segment "${segId}" has several fact-checks (also ${others}): say which of its words this one checks — add covers: { ${segId}: { zh-Hant: "…", en: "…" } } with words copied exactly from the segment`));
    }
  }
  return problems;
}
