// Build time, peak memory, dist size and file count, for this site and for a synthetic corpus of
// 10,000 segments in 50 transcripts, each built from a temporary copy of the project with its own
// empty build cache: a cold build, then a build with nothing changed, then one after a segment's
// English was edited, in the same run (the two later ones as a share of the cold one).
// Budgets (synthetic corpus, 2 cores): cold ≤ 90 s and ≤ 1.5 GB; nothing changed ≤ 15 % of cold;
// one segment edited ≤ 30 % of cold.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from './_lib.mjs';
import { emptyCorpus } from '../scripts/lib/replace-corpus.mjs';

const root = process.cwd();
// For quicker profiling runs: BENCH_TRANSCRIPTS=10 builds a 2,000-segment corpus, BENCH_SKIP_SITE=1
// skips this site's builds, BENCH_SKIP_SPLIT=1 skips the split build, BENCH_KEEP=1 keeps the
// synthetic project (its path is printed).
const transcriptCount = Number(process.env.BENCH_TRANSCRIPTS ?? 50);

/**
 * Memory of a build step's process and all its descendants (the index step's node process and
 * Pagefind's own process, for example): the sum of their resident set sizes from /proc, in bytes.
 * GNU time's peak is that of the largest single process only, which leaves the others out.
 * Also returns the CPU seconds so far of each Pagefind process in the tree: the index step stops
 * Pagefind without waiting for it, so GNU time, which counts waited-for children only, misses it.
 */
function treeSample(rootPid) {
  const parentOf = new Map();
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
      stats.set(Number(name), { comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS });
    } catch { /* the process ended while we read */ }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf) if (!inTree.has(pid) && inTree.has(ppid)) { inTree.add(pid); grew = true; }
  }
  let bytes = 0;
  const pagefindCpu = new Map();
  for (const pid of inTree) {
    try { bytes += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024; } catch { /* ended */ }
    if (stats.get(pid)?.comm.startsWith('pagefind')) pagefindCpu.set(pid, stats.get(pid).cpu);
  }
  return { bytes, pagefindCpu };
}
/** Clock ticks per second of /proc's CPU times (Linux's USER_HZ, 100 on every common build). */
const CLOCK_TICKS = 100;

/**
 * Runs one command under GNU time; resolves with its seconds, its CPU seconds (user and system, of
 * the process, the children it waited for and Pagefind's process), its largest process's peak RSS and the peak of
 * treeSample. On a shared machine the CPU time is the steadier figure: wall time also counts the
 * time the build waited for cores other users held.
 */
function timedStep(name, args, dir, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    // Each copy has its own build cache (the linked node_modules would share the project's).
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INTERLINEAR_CACHE_DIR: join(dir, '.build-cache'), ...extraEnv };
    const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out = (out + d).slice(-4000); });
    child.stderr.on('data', (d) => { err = (err + d).slice(-4000); });
    // Sampled twice a second: a sample reads every process's stat file, about 7 ms on a busy machine,
    // so under 1.5 % of one core. A sample can miss a short peak, so the figure is never less than
    // the largest process's own peak, which GNU time measures exactly.
    // Pagefind's CPU time is its last sample's: up to half a second of it can be missed.
    let treePeak = 0;
    const pagefindCpu = new Map();
    const sampler = setInterval(() => {
      const sample = treeSample(child.pid);
      treePeak = Math.max(treePeak, sample.bytes);
      for (const [pid, cpu] of sample.pagefindCpu) pagefindCpu.set(pid, cpu);
    }, 500);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${name} failed in ${dir}:\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      const [seconds, kb, user, system] = err.trim().split('\n').pop().split(' ').map(Number);
      const unwaited = [...pagefindCpu.values()].reduce((a, b) => a + b, 0);
      resolve({ seconds, cpu: user + system + unwaited, largest: kb * 1024, treePeak: Math.max(treePeak, kb * 1024) });
    });
  });
}

/**
 * Runs the steps of `npm run build` in `dir`, each as its own process as npm does; returns the
 * total seconds, the peak memory (largest process, and all processes together) and each step's time.
 */
async function timedBuild(dir, env = {}) {
  const steps = [
    // The heap limit is the one package.json's build script sets (see docs/architecture/code-and-build.md).
    ['astro', ['--max-old-space-size=1024', join(root, 'node_modules/astro/bin/astro.mjs'), 'build']],
    ['shard output', [join(dir, 'scripts/shard-output.mjs')]],
    ['search index', [join(dir, 'scripts/build-search-index.mjs')]],
    ['headers', [join(dir, 'scripts/write-headers.mjs')]],
    ['compression', [join(dir, 'scripts/compress.mjs')]],
  ];
  let seconds = 0;
  let cpu = 0;
  let peak = 0;
  let treePeak = 0;
  const perStep = [];
  const stepSeconds = {};
  for (const [name, args] of steps) {
    const r = await timedStep(name, args, dir, env);
    seconds += r.seconds;
    cpu += r.cpu;
    stepSeconds[name] = r.seconds;
    peak = Math.max(peak, r.largest);
    treePeak = Math.max(treePeak, r.treePeak);
    perStep.push(`${name} ${r.seconds.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s, ${mb(r.treePeak)}`);
  }
  return { seconds, cpu, peak, treePeak, perStep: perStep.join(', '), stepSeconds };
}

/** A temporary copy of the project (sources, content, scripts; node_modules linked). */
function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'interlinear-bench-'));
  for (const p of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Changes one segment's English in an MDX file of `dir` (the first <Translation> after `id`). */
function editEnglish(dir, file, id) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(`<Segment id="${id}"`);
  const en = text.indexOf('<Translation>', at);
  if (at < 0 || en < 0) throw new Error(`bench: segment ${id} not found in ${file}`);
  writeFileSync(path, `${text.slice(0, en + '<Translation>'.length)}Edited for the benchmark: ${text.slice(en + '<Translation>'.length)}`);
}

/**
 * Corrects one published segment's English in `dir` as a publisher does (docs/authoring/corrections.md,
 * "Correcting published text"): the edit, its entry in the corrections log, then
 * `npm run corrections:update`. The build refuses an unlogged change to published text.
 */
function correctEnglish(dir, file, id) {
  editEnglish(dir, file, id);
  const log = join(dir, 'content/corrections.yaml');
  writeFileSync(log, `${readFileSync(log, 'utf8').trimEnd()}\n\n- id: bench-edit\n  date: "2026-12-06"\n  type: correction\n  transcript: x-takeover-2025\n  segments: [${id}]\n  field: translation\n  before: "(the English before)"\n  after: "(the English after)"\n  reason:\n    en: "A benchmark's edit, never published."\n    zh-Hant: "基準測試的修改，從不發布。"\n`);
  const r = spawnSync(process.execPath, ['scripts/corrections-update.mjs'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: corrections:update failed in ${dir}:\n${r.stdout}${r.stderr}`);
}

/** Cold build, nothing changed, one segment's English edited: the three builds of one copy. */
async function incrementalRuns(dir, edit) {
  const cold = await timedBuild(dir);
  const dist = tree(join(dir, 'dist'));
  const unchanged = await timedBuild(dir);
  edit();
  const edited = await timedBuild(dir);
  return { cold, unchanged, edited, dist };
}

/**
 * A split build of `dir` (docs/deploy-sharded.md): each of `count` shards built cold in turn (on
 * CI they run side by side), then the merge step. Returns the slowest shard and the merge.
 */
async function shardRuns(dir, count) {
  const shards = [];
  for (let i = 1; i <= count; i += 1) {
    rmSync(join(dir, '.build-cache'), { recursive: true, force: true });
    const r = await timedBuild(dir, { SHARD: `${i}/${count}` });
    cpSync(join(dir, 'dist'), join(dir, `shard-${i}`), { recursive: true });
    shards.push(r);
  }
  rmSync(join(dir, '.build-cache'), { recursive: true, force: true });
  const merge = await timedStep('merge', [join(dir, 'scripts/merge-shards.mjs'), ...shards.map((_, i) => join(dir, `shard-${i + 1}`))], dir);
  const slowest = shards.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { slowest, merge, shardSeconds: shards.map((r) => r.seconds) };
}

const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;

function tree(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { const t = tree(p); bytes += t.bytes; files += t.files; } else { bytes += statSync(p).size; files += 1; }
  }
  return { bytes, files };
}

/** Deterministic filler text: Chinese from the seed's own characters, English from a word list. */
function synthetic(transcripts = transcriptCount, perTranscript = 200) {
  const chars = [...new Set(readFileSync(join(root, 'content/source-texts/x-takeover-2025.txt'), 'utf8').replace(/[^\p{Script=Han}]/gu, ''))];
  const words = 'compute energy manufacturing robot factory battery grid model training cluster chip future work meaning human scale cost market production'.split(' ');
  let seed = 42;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const files = [];
  for (let t = 0; t < transcripts; t += 1) {
    const slug = `synthetic-${String(t).padStart(2, '0')}`;
    const ids = [];
    let body = '';
    for (let sec = 0; sec < 5; sec += 1) {
      body += `<Section id="${slug}-part-${sec}" original="第${sec + 1}部分" translation="Part ${sec + 1}">\n\n`;
      for (let i = 0; i < perTranscript / 5; i += 1) {
        const id = `${slug}-s${sec}-${i}-${words[rnd(words.length)]}`;
        ids.push(id);
        const zh = Array.from({ length: 30 + rnd(60) }, () => chars[rnd(chars.length)]).join('') + '。';
        const en = Array.from({ length: 15 + rnd(30) }, () => words[rnd(words.length)]).join(' ') + '.';
        body += `<Segment id="${id}" speaker="${i % 3 ? 'ai-deep-researcher' : 'elon-musk'}" kind="${i % 3 ? 'narration' : 'quote'}">\n<Original>${zh}</Original>\n<Translation>${en}</Translation>\n</Segment>\n\n`;
      }
      body += '</Section>\n\n';
    }
    const front = readFileSync(join(root, 'content/transcripts/x-takeover-2025.mdx'), 'utf8').split('---')[1].replace(/^slug: .*$/m, `slug: ${slug}`);
    files.push({ slug, mdx: `---${front}---\n\n${body}`, ids });
  }
  return files;
}

function syntheticProject() {
  const dir = projectCopy();
  emptyCorpus(dir);
  // Share images are left out of the synthetic build (about 0.3 s each); this site's build has its own.
  rmSync(join(dir, 'src/pages/og'), { recursive: true, force: true });
  let segments = 0;
  const files = synthetic();
  for (const f of files) {
    writeFileSync(join(dir, `content/transcripts/${f.slug}.mdx`), f.mdx);
    writeFileSync(join(dir, `content/ids/${f.slug}.json`), JSON.stringify({ slug: f.slug, ids: f.ids, redirects: {} }, null, 2));
    // Nothing of a synthetic transcript has been published: the published-text guard has nothing to compare.
    writeFileSync(join(dir, `content/ids/${f.slug}.published.json`), JSON.stringify({ slug: f.slug, segments: {}, verdicts: {}, applied: [] }));
    segments += f.ids.length;
  }
  // The segment edited: one in the middle of the corpus.
  const middle = files[Math.floor(files.length / 2)];
  return { dir, segments, edit: () => editEnglish(dir, `content/transcripts/${middle.slug}.mdx`, middle.ids[Math.floor(middle.ids.length / 2)]) };
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
// The memory budget, 1.5 GB, read as 1.5 × 10⁹ bytes (1,431 MB in the MB of 1024² bytes printed
// here): the stricter of the two readings.
const MEMORY_BUDGET = 1.5e9;
/** Rows of the incremental figures; the ratios' budgets only where given. */
function incrementalRows(r, budgets) {
  const { cold, unchanged, edited } = r;
  const stepsOf = (b) => b.perStep;
  return [
    ['cold build (empty cache; astro, search index, headers)', `${(cold.seconds - cold.stepSeconds.compression).toFixed(1)} s`, budgets ? '≤ 90 s' : '—', budgets ? cold.seconds - cold.stepSeconds.compression <= 90 : undefined],
    ['cold build, all of npm run build (with compression)', `${cold.seconds.toFixed(1)} s (${stepsOf(cold)})`, '—'],
    ['nothing changed', `${unchanged.seconds.toFixed(1)} s = ${pct(unchanged.seconds, cold.seconds)} of cold (${stepsOf(unchanged)})`, budgets ? '≤ 15 % of cold' : '—', budgets ? unchanged.seconds <= 0.15 * cold.seconds : undefined],
    ["one segment's English edited", `${edited.seconds.toFixed(1)} s = ${pct(edited.seconds, cold.seconds)} of cold (${stepsOf(edited)})`, budgets ? '≤ 30 % of cold' : '—', budgets ? edited.seconds <= 0.3 * cold.seconds : undefined],
    ['CPU time (user + system, all processes): cold / nothing changed / one segment edited', `${cold.cpu.toFixed(1)} s / ${unchanged.cpu.toFixed(1)} s (${pct(unchanged.cpu, cold.cpu)}) / ${edited.cpu.toFixed(1)} s (${pct(edited.cpu, cold.cpu)})`, budgets ? '≤ 15 % / ≤ 30 % of cold' : '—', budgets ? unchanged.cpu <= 0.15 * cold.cpu && edited.cpu <= 0.3 * cold.cpu : undefined],
    ['peak memory of the cold build, all processes (the largest of the steps)', mb(cold.treePeak), budgets ? `≤ 1.5 GB (${mb(MEMORY_BUDGET)})` : '—', budgets ? cold.treePeak <= MEMORY_BUDGET : undefined],
    ['peak memory, largest process (for comparison with earlier runs)', mb(cold.peak), '—'],
    ['dist size / files', `${mb(r.dist.bytes)} / ${r.dist.files} files`, '—'],
  ];
}

if (!process.env.BENCH_SKIP_SITE) {
  // This site, in a copy; its last build (edit undone) is then this site's dist/, for the
  // benchmarks that follow (they measure what a reader's browser is sent).
  const dir = projectCopy();
  const mdx = 'content/transcripts/x-takeover-2025.mdx';
  // The files the correction changes, restored before the last build.
  const restore = [mdx, 'content/corrections.yaml', 'content/ids/x-takeover-2025.published.json'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
  try {
    const r = await incrementalRuns(dir, () => correctEnglish(dir, mdx, 'supersonic-tsunami'));
    for (const [f, text] of restore) writeFileSync(join(dir, f), text);
    await timedBuild(dir);
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    cpSync(join(dir, 'dist'), join(root, 'dist'), { recursive: true });
    const ogCount = readdirSync(join(dir, 'dist/og/x-takeover-2025')).length;
    table(`Build (this site: 1 transcript, 141 segments, both interface languages, ${ogCount} share images)`, incrementalRows(r, false));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { dir, segments, edit } = syntheticProject();
let synth;
let split;
const SHARDS = 4;
try {
  synth = await incrementalRuns(dir, edit);
  table(`Build (synthetic: ${segments.toLocaleString('en')} segments in ${transcriptCount} transcripts, share images left out)`, incrementalRows(synth, true));
  if (!process.env.BENCH_SKIP_SPLIT) split = await shardRuns(dir, SHARDS);
} finally {
  if (process.env.BENCH_KEEP) console.log(`synthetic project kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (split) table(`Split build (the same corpus in ${SHARDS} shards, each from an empty cache, run one after another here)`, [
  ['slowest shard (all of npm run build)', `${split.slowest.seconds.toFixed(1)} s (${split.slowest.perStep}; CPU ${split.slowest.cpu.toFixed(1)} s); all shards: ${split.shardSeconds.map((x) => `${x.toFixed(1)} s`).join(', ')}`, '—'],
  ['merge step (shared pages, search index of every segment, headers, compression of the shared files)', `${split.merge.seconds.toFixed(1)} s (CPU ${split.merge.cpu.toFixed(1)} s), peak ${mb(split.merge.treePeak)}`, '—'],
  ['slowest shard + merge (the wall time with the shards side by side)', `${(split.slowest.seconds + split.merge.seconds).toFixed(1)} s = ${pct(split.slowest.seconds + split.merge.seconds, synth.cold.seconds)} of the single cold build`, '—'],
]);
