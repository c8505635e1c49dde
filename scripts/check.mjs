/**
 * `npm run check`: checks all content without building, and prints one line per problem:
 * `path:line:col [id] problem — how to fix`. Exits 1 when there is an error (warnings alone: 0).
 * `npm run build` runs it first, so that bad content never reaches dist/.
 */
import { checkRepository } from './check-runner.mjs';

const started = performance.now();
// `--untranslated <tag>`: list each field an added interface language still shows in English.
const at = process.argv.indexOf('--untranslated');
const { errors, warnings, lines } = await checkRepository(process.cwd(), at >= 0 ? process.argv[at + 1] : undefined);
for (const line of lines) console.error(line);
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (errors > 0) {
  console.error(`\ncheck: ${errors} ${errors === 1 ? 'problem' : 'problems'}${warnings ? ` and ${warnings} warning(s)` : ''} in the content (${took}). Nothing was built.`);
  process.exit(1);
}
console.log(`check: content OK${warnings ? `, ${warnings} warning(s)` : ''} (${took})`);
