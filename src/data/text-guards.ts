/**
 * The checks that keep published text honest, run alike by the build (src/data/site.ts) and by
 * `npm run check` (src/build/check/references.ts): each original column against its source text,
 * the corrections log's references, and published texts changed without a log entry.
 */
import type { Transcript } from '../lib/assemble';
import type { Correction } from '../schemas/correction';
import { CORRECTIONS_FILE, correctionProblems, type CorrectionTargets } from '../lib/corrections';
import { problemFromLine, type Problem } from '../lib/problem';
import { currentText, publishedTextProblems, textOf } from './published';
import { missingSourceText, sourceTextProblems } from './source-texts';

export function textGuardProblems(
  transcripts: readonly Transcript[],
  log: readonly Correction[],
  targets: CorrectionTargets,
  /** The file each annotation of a transcript comes from, by annotation id. */
  annotationFileOf: (slug: string) => ReadonlyMap<string, string>,
  logText = textOf(CORRECTIONS_FILE),
): Problem[] {
  return [
    ...transcripts.flatMap(sourceTextProblems),
    // A warning, printed by npm run check (which the build and dev run first): the transcript is published unchecked.
    ...transcripts.flatMap((t) => missingSourceText(t) ?? []),
    ...correctionProblems(log, targets, CORRECTIONS_FILE, logText),
    // The published-text guard writes finished lines (npm run corrections:update prints the same ones).
    ...transcripts.flatMap((t) => publishedTextProblems(currentText(t, annotationFileOf(t.meta.slug)), log)).map(problemFromLine),
  ];
}
