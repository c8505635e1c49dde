/**
 * An error in a content file. Its message always names the file, the segment (or entry) id when
 * there is one, and what is wrong, so that a failed build tells the author exactly where to look.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly where: string | undefined;
  readonly problem: string;
  constructor(file: string, where: string | undefined, problem: string) {
    super(`${file}${where ? ` [${where}]` : ''}: ${problem}`);
    this.file = file;
    this.where = where;
    this.problem = problem;
    this.name = 'ContentError';
  }
}

/** Turns zod issues into one readable line each: `field: message`. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Several content errors found by one check, reported together: one line each. (The list is not
 * called `errors`: Astro takes an error with an `errors` array for a bundler's and shows only the first.)
 */
export class ContentErrors extends Error {
  constructor(readonly problems: readonly ContentError[]) {
    super(problems.map((e) => e.message).join('\n'));
    this.name = 'ContentError';
  }
}

/** Throws the errors found, if any: a single one as it is, several as one list. */
export function throwAll(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new ContentErrors(errors);
}
