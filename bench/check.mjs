// `npm run check` on this site: wall time of the whole command (Node start, loading the check
// through Vite, reading and checking all content), three runs. Budget: under 10 s (issue #22).
import { spawnSync } from 'node:child_process';

const BUDGET_S = 10;
const times = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/check.mjs'], { encoding: 'utf8' });
  times.push((performance.now() - started) / 1000);
  if (r.status !== 0) {
    console.error(`npm run check failed on this site:\n${r.stderr}`);
    process.exit(1);
  }
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`npm run check: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')} (median ${sorted[1].toFixed(1)} s; budget ${BUDGET_S} s)`);
if (sorted[1] > BUDGET_S) {
  console.error(`over budget: the median run took more than ${BUDGET_S} s`);
  process.exit(1);
}
