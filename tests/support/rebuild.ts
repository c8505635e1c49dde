import { afterAll, beforeAll, expect } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy';

/** The three builds a cache test compares, and the log of the build that used the cache. */
export interface Rebuilt {
  /** The copy that was built (removed after the tests). */
  copy: ProjectCopy;
  first: Map<string, Buffer>;
  /** dist/ after `change`, built with the first build's cache and into its dist/. */
  changed: Map<string, Buffer>;
  /** dist/ of the changed copy built again with an empty cache: what `changed` must equal. */
  cold: Map<string, Buffer>;
  log: string;
}

/**
 * The set-up the build-cache tests share: a copy of the project (`prepare` may edit it first) is
 * built, `change` is applied, the copy is built with the cache, then cold. The builds run before
 * the file's tests; the copy is removed after them.
 */
export function buildChangeAndCold(prefix: string, steps: { prepare?: (copy: ProjectCopy) => void; change: (copy: ProjectCopy) => void }): Rebuilt {
  const builds = {} as Rebuilt;
  beforeAll(() => {
    const copy = copyProject(prefix);
    builds.copy = copy;
    const build = (options?: { cache: string }) => {
      const r = copy.build(options);
      expect(r.status, r.output.slice(-3000)).toBe(0);
      return r.output;
    };
    steps.prepare?.(copy);
    build();
    builds.first = copy.dist();
    steps.change(copy);
    builds.log = build();
    builds.changed = copy.dist();
    build({ cache: 'cold-cache' });
    builds.cold = copy.dist();
  }, 1_200_000);
  afterAll(() => builds.copy?.remove());
  return builds;
}
