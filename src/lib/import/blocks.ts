/**
 * What every input format is read into, whatever its language: a list of blocks in reading
 * order, each knowing the line it came from so that an error can point at it.
 */
import type { Problem } from '../problem.ts';

/** A heading (starts a section) or a paragraph of speech (becomes a segment). */
export interface Block {
  type: 'heading' | 'paragraph';
  /** The text, with syntax of the input format removed and entities decoded. */
  text: string;
  /** The speaker's name as written in this file (`Name:` or `<v Name>`), named here or earlier (a block without a name continues the speaker before it). */
  speaker?: string | undefined;
  /** Text files: whether this paragraph itself begins with the name (the two files must agree on it). */
  named?: boolean | undefined;
  /** Subtitles: start and end of the block, in seconds. */
  start?: number | undefined;
  end?: number | undefined;
  /** 1-based line where the block begins in its file. */
  line: number;
}

/** One problem with the input, in the line format every command uses: `path:line:col [id] problem — how to fix`. */
export type ImportProblem = Omit<Problem, 'warning' | 'path'>;

/** Thrown with every problem found, so that the author sees them all at once. */
export class ImportError extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

/** `path:line:col [id] problem — how to fix` (line, col and id only when known). */
export function formatProblem(p: ImportProblem): string {
  const at = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`;
  return `${at}${p.id ? ` [${p.id}]` : ''} ${p.problem} — ${p.fix}`;
}
