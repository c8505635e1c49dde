import { expect } from 'vitest';
import type { ProjectCopy } from './project-copy';

/** The three builds a cache test compares, and the log of the build that used the cache. */
export interface Rebuilt {
  first: Map<string, Buffer>;
  /** dist/ after `change`, built with the first build's cache and into its dist/. */
  changed: Map<string, Buffer>;
  /** dist/ of the changed copy built again with an empty cache: what `changed` must equal. */
  cold: Map<string, Buffer>;
  log: string;
}

/** Builds the copy, applies `change`, builds it with the cache, then cold (tests of the build caches share this set-up). */
export function buildChangeAndCold(copy: ProjectCopy, change: () => void): Rebuilt {
  const build = (options?: { cache: string }) => {
    const r = copy.build(options);
    expect(r.status, r.output.slice(-3000)).toBe(0);
    return r.output;
  };
  build();
  const first = copy.dist();
  change();
  const log = build();
  const changed = copy.dist();
  build({ cache: 'cold-cache' });
  return { first, changed, cold: copy.dist(), log };
}
