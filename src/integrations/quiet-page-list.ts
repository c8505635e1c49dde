/**
 * Leaves Astro's information lines out of the log from the start of the build until the pages are
 * written; Astro's closing lines (how many pages, in what time) are printed as before, and so are
 * warnings and errors throughout.
 *
 * Why: Astro logs two lines for every page it writes. At 10,000 segments that is 40,000 writes to the
 * log for 20,000 pages, which cost the page thread, the build's critical path, about 3 s in a
 * profile (docs/architecture.md, "The build's steps"), for a list nobody reads.
 *
 * The level is that of the logger Astro hands every integration, which shares its options with
 * Astro's own logger. It is raised only when it was `info` (Astro's default), so `--verbose` and
 * `--silent` keep their meaning, and put back once the pages are written.
 */
import type { AstroIntegration } from 'astro';

export default function quietPageList(): AstroIntegration {
  let restore = () => {};
  return {
    name: 'interlinear:quiet-page-list',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (logger.options.level !== 'info') return;
        logger.options.level = 'warn';
        restore = () => {
          logger.options.level = 'info';
        };
      },
      'astro:build:generated': () => {
        restore();
      },
    },
  };
}
