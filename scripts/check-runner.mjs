/**
 * Loads the content check (TypeScript, src/build/check/run.ts) through Vite's documented
 * runnerImport, with `astro:content` and `astro/loaders` answered by the check's own
 * descriptions of the loaders (src/build/check/shims/), so that src/content.config.ts is read
 * as it is, without starting Astro. Shared by scripts/check.mjs and the dev integration.
 */
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const shims = new URL('../src/build/check/shims/', import.meta.url);

/**
 * Runs the check on the repository at `root`: every problem as printed lines, and the counts.
 * `untranslated`: an added interface language whose untranslated fields to list one by one.
 */
export async function checkRepository(root, untranslated) {
  const { module } = await runnerImport(fileURLToPath(new URL('../src/build/check/run.ts', import.meta.url)), {
    configFile: false,
    root,
    logLevel: 'error',
    resolve: {
      alias: [
        { find: /^astro:content$/, replacement: fileURLToPath(new URL('astro-content.ts', shims)) },
        { find: /^astro\/loaders$/, replacement: fileURLToPath(new URL('astro-loaders.ts', shims)) },
      ],
    },
  });
  const problems = module.runCheck(root, untranslated);
  return {
    problems,
    errors: problems.filter((p) => !p.warning).length,
    warnings: problems.filter((p) => p.warning).length,
    lines: problems.map(module.formatProblem),
  };
}
