/**
 * A problem found in the content, reported to the author as one line:
 * `path:line:col [id] problem — how to fix`. Checks collect problems instead of throwing at the
 * first, so that one run of `npm run check` lists everything that is wrong.
 */
export interface Problem {
  /** The file, relative to the repository root. */
  file: string;
  /** 1-based line in the file (frontmatter included), when known. */
  line?: number | undefined;
  /** 1-based column, when known. */
  col?: number | undefined;
  /** The segment, annotation, source, prediction or speaker id the problem belongs to. */
  id?: string | undefined;
  /** What is wrong, in the author's terms. */
  problem: string;
  /** How to fix it. */
  fix: string;
  /** A warning is printed but does not fail the check. */
  warning?: boolean | undefined;
  /**
   * Where in a YAML file the problem is, as a path of keys and list indexes, for the check to turn
   * into line:col (code that sees only parsed data knows the path, not the position).
   */
  path?: readonly (string | number)[] | undefined;
}

/** A position in a file. */
export interface Pos {
  line: number;
  col: number;
}

/** The one line the author sees. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line ?? 1}:${p.col ?? 1}`;
  return `${where}${p.id ? ` [${p.id}]` : ''} ${p.warning ? 'warning: ' : ''}${p.problem} — ${p.fix}`;
}

/** Problems in the order an author reads them: by file, then by position. */
export function sortProblems(list: readonly Problem[]): Problem[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

/** Thrown where content is used (the build, dev pages) when a check found errors: every line at once. */
export class ContentProblems extends Error {
  // A plain field, not a parameter property: scripts load this file with Node's type stripping, which refuses those.
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(sortProblems(problems).map(formatProblem).join('\n'));
    this.problems = problems;
    this.name = 'ContentProblems';
  }
}

/** Throws ContentProblems when any of the problems is an error. */
export function failOnErrors(problems: readonly Problem[]): void {
  const errors = problems.filter((p) => !p.warning);
  if (errors.length > 0) throw new ContentProblems(errors);
}

/**
 * A problem from a line already written as `path[:line:col] [id] problem — how to fix` (the
 * corrections log and the published-text guard write theirs that way), so it is sorted and
 * printed with the others.
 */
export function problemFromLine(line: string): Problem {
  const m = /^(\S+?)(?::(\d+):(\d+))?(?: \[([^\]]+)\])? (.*?)(?: — (.*))?$/s.exec(line);
  if (!m) return { file: '', problem: line, fix: '' };
  return { file: m[1]!, line: m[2] ? Number(m[2]) : undefined, col: m[3] ? Number(m[3]) : undefined, id: m[4], problem: m[5]!, fix: m[6] ?? '' };
}
