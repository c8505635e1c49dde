/**
 * Reads each transcript's source text (content/source-texts/<slug>.<ext>) and reports, one line
 * each, where the original column differs from it (rules: src/lib/source-text.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Transcript } from '../lib/assemble';
import { verbatimProblems } from '../lib/source-text';
import { positionOf, segmentAt } from '../lib/position';
import type { Pos, Problem } from '../lib/problem';
import { textOf } from './published';
import { rawIndex } from '../lib/note-spans';

export const SOURCE_TEXTS_DIR = 'content/source-texts';

/** The transcript's source-text file, or undefined when it has none. */
export function sourceTextFile(slug: string): string | undefined {
  if (!existsSync(SOURCE_TEXTS_DIR)) return undefined;
  const name = readdirSync(SOURCE_TEXTS_DIR).find((f) => f.startsWith(`${slug}.`));
  return name && `${SOURCE_TEXTS_DIR}/${name}`;
}

/** Line and column of a segment's original text, `offset` characters in (when the text sits in the file as written, tags of note spans aside). */
function originalAt(mdx: string, id: string, text: string, offset: number): Pos | undefined {
  const segment = segmentAt(id).exec(mdx);
  if (!segment) return undefined;
  const open = mdx.indexOf('<Original>', segment.index);
  if (open < 0) return positionOf(mdx, segmentAt(id));
  const start = open + '<Original>'.length;
  // The tags of note spans are not part of the text: the character is found past them.
  const inText = rawIndex(mdx.slice(start, mdx.indexOf('</Original>', start)), text, offset);
  const at = inText === undefined ? open : start + inText;
  const before = mdx.slice(0, at).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** Problems of one transcript's original column against its source text; [] when it has no source text (see `missingSourceText`). */
export function sourceTextProblems(t: Transcript): Problem[] {
  const file = sourceTextFile(t.meta.slug);
  if (!file) return [];
  const problems = verbatimProblems(readFileSync(file, 'utf8'), t.segments.map((s) => ({ id: s.id, text: s.original })));
  if (problems.length === 0) return [];
  const mdx = textOf(t.file);
  return problems.map((p) => {
    const seg = p.id === undefined ? undefined : t.segments.find((s) => s.id === p.id);
    return { file: t.file, ...(seg ? originalAt(mdx, seg.id, seg.original, p.offset) : undefined), id: p.id, problem: `${p.problem} (${file})`, fix: p.fix };
  });
}

/** A warning for a transcript without a source text: nothing checks that its original is verbatim. */
export function missingSourceText(t: Transcript): Problem | undefined {
  if (sourceTextFile(t.meta.slug)) return undefined;
  return {
    file: t.file, id: t.meta.slug, warning: true,
    problem: 'has no source text, so nothing checks that its original column is verbatim',
    fix: `put the text it publishes in ${SOURCE_TEXTS_DIR}/${t.meta.slug}.txt (docs/authoring/transcripts.md, "Source texts")`,
  };
}
