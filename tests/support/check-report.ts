import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy';

// The content files the check tests mutate.
export const T = 'content/transcripts/x-takeover-2025.mdx';
export const MUSK = 'content/annotations/x-takeover-2025/fact-checks-musk.yaml';
export const NARRATOR = 'content/annotations/x-takeover-2025/fact-checks-narrator.yaml';
export const EDITORIAL = 'content/annotations/x-takeover-2025/editorial.yaml';
export const PRED = 'content/data/predictions.yaml';
export const SRC = 'content/data/sources.yaml';
export const SPK = 'content/data/speakers.yaml';
export const REG = 'content/ids/x-takeover-2025.json';

/** What `npm run check` did on a mutated copy; filled in before the tests of the block that asked for it. */
export interface CheckRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
  stderr: string;
  /** The non-empty lines of stderr: one per problem, then the count. */
  lines: string[];
}

/**
 * The set-up of a bad-content test block: the project copied and its content committed (so that
 * edits count as changes to published text), `mutate` applied, `npm run check` run once; the copy
 * is removed after the block.
 */
export function checkMutatedCopy(mutate: (copy: ProjectCopy) => void): CheckRun {
  const run: CheckRun = { status: null, output: '', stderr: '', lines: [] };
  let copy: ProjectCopy | undefined;
  beforeAll(() => {
    copy = copyProject();
    copy.commit();
    mutate(copy);
    const r = copy.run('node', ['scripts/check.mjs']);
    Object.assign(run, { status: r.status, output: r.output, stderr: r.stderr, lines: r.stderr.split('\n').filter(Boolean) });
  }, 120_000);
  afterAll(() => copy?.remove());
  return run;
}

/** A test per class of mistake (each of its lines is printed), and one that nothing else is. */
export function expectReport(cases: [string, string[]][], run: CheckRun) {
  it.each(cases)('%s', (_class, expected) => {
    for (const line of expected) expect(run.lines).toContain(line);
  });
  it('reports nothing else (no knock-on errors from the mistakes above)', () => {
    expect(run.lines.slice(0, -1).sort()).toEqual(cases.flatMap(([, l]) => l).sort());
  });
}
