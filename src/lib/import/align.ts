/**
 * Pairs the original's blocks with the translation's. Nothing is guessed: where the two files
 * disagree, the import stops and names the first place they diverge, in both files.
 */
import { ImportError, type Block, type ImportProblem } from './blocks.ts';
import { joinText } from './chars.ts';
import type { Cue } from './subtitles.ts';

/** A block of the original with its translation. */
export interface Pair {
  original: Block;
  translation: Block;
}

const what = (b: Block) => (b.type === 'heading' ? 'a heading' : b.named ? `a paragraph naming "${b.speaker}"` : 'a paragraph naming no speaker');
const SAME_SHAPE = 'give both files the same headings and paragraphs, in the same order, each paragraph beginning with a speaker\'s name in both or in neither';

/** Text files: the n-th heading or paragraph of one is the n-th of the other. */
export function alignParagraphs(original: readonly Block[], translation: readonly Block[], originalFile: string, translationFile: string): Pair[] {
  const n = Math.min(original.length, translation.length);
  for (let i = 0; i < n; i++) {
    const a = original[i]!;
    const b = translation[i]!;
    if (a.type !== b.type || Boolean(a.named) !== Boolean(b.named)) {
      throw new ImportError([{ file: originalFile, line: a.line, problem: `block ${i + 1} is ${what(a)} here but ${what(b)} in ${translationFile}:${b.line}`, fix: SAME_SHAPE }]);
    }
  }
  if (original.length !== translation.length) {
    const longer = original.length > translation.length ? original : translation;
    const [file, other, otherBlocks] = longer === original ? [originalFile, translationFile, translation] : [translationFile, originalFile, original];
    const last = otherBlocks[n - 1];
    throw new ImportError([{
      file,
      line: longer[n]!.line,
      problem: `${file} has ${longer.length} headings and paragraphs, ${other} has ${otherBlocks.length}: this one has no counterpart (${other} ends${last ? ` after line ${last.line}` : ' without any'})`,
      fix: `${SAME_SHAPE}; a blank line separates paragraphs`,
    }]);
  }
  return original.map((o, i) => ({ original: o, translation: translation[i]! }));
}

const overlap = (b: Block, c: Cue) => Math.min(b.end!, c.end) - Math.max(b.start!, c.start);
export const timestamp = (s: number) => {
  const ms = Math.round(s * 1000);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * Subtitles: each translation cue goes to the paragraph of the original it overlaps most in time.
 * A cue that overlaps none, or a paragraph that gets no cue, is an error naming both files.
 */
export function alignCues(original: readonly Block[], translation: readonly Cue[], originalFile: string, translationFile: string): Pair[] {
  const problems: ImportProblem[] = [];
  const assigned: Cue[][] = original.map(() => []);
  const nearest = <T extends { start?: number | undefined; line: number }>(list: readonly T[], t: number) =>
    list.reduce<T | undefined>((best, x) => (!best || Math.abs(x.start! - t) < Math.abs(best.start! - t) ? x : best), undefined);
  for (const cue of translation) {
    if (!cue.text.trim()) continue;
    let best = -1;
    let bestOverlap = 0;
    original.forEach((b, i) => {
      const o = overlap(b, cue);
      if (o > bestOverlap) [best, bestOverlap] = [i, o];
    });
    if (best < 0) {
      const near = nearest(original, cue.start);
      problems.push({
        file: translationFile,
        line: cue.line,
        problem: `cue ${timestamp(cue.start)} --> ${timestamp(cue.end)} overlaps no cue of ${originalFile}${near ? ` (nearest: ${originalFile}:${near.line}, ${timestamp(near.start!)})` : ''}`,
        fix: 'give the translation the same cue times as the original (translate the subtitle file itself, keeping its timings)',
      });
    } else assigned[best]!.push(cue);
  }
  original.forEach((b, i) => {
    if (assigned[i]!.length > 0) return;
    const near = nearest(translation, b.start!);
    problems.push({
      file: originalFile,
      line: b.line,
      problem: `the paragraph starting ${timestamp(b.start!)} has no translation: no cue of ${translationFile} overlaps it${near ? ` (nearest: ${translationFile}:${near.line}, ${timestamp(near.start)})` : ''}`,
      fix: 'add the translated cue at the same time in the translation file',
    });
  });
  if (problems.length > 0) throw new ImportError(problems);
  return original.map((o, i) => {
    const cues = assigned[i]!;
    const text = cues.map((c) => c.text).reduce(joinText, '');
    return { original: o, translation: { type: 'paragraph', text, speaker: cues[0]!.speaker, start: cues[0]!.start, end: cues[cues.length - 1]!.end, line: cues[0]!.line } };
  });
}
