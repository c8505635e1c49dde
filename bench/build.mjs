// Build time, peak memory, dist size and file count: for this site, and for a synthetic corpus of
// 10,000 segments in 50 transcripts built from a temporary copy of the project.
// Budget (synthetic corpus, 2 cores): under 60 s and under 1.5 GB.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { table } from './_lib.mjs';

const root = process.cwd();
// For quicker profiling runs: BENCH_TRANSCRIPTS=10 builds a 2,000-segment corpus, BENCH_SKIP_SITE=1
// skips this site's build, BENCH_KEEP=1 keeps the synthetic project (its path is printed).
const transcriptCount = Number(process.env.BENCH_TRANSCRIPTS ?? 50);

/**
 * Memory of a build step's process and all its descendants (the index step's node process and
 * Pagefind's own process, for example): the sum of their resident set sizes from /proc, in bytes.
 * GNU time's peak is that of the largest single process only, which leaves the others out.
 */
function treeMemory(rootPid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* the process ended while we read */ }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf) if (!inTree.has(pid) && inTree.has(ppid)) { inTree.add(pid); grew = true; }
  }
  let bytes = 0;
  for (const pid of inTree) {
    try { bytes += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024; } catch { /* ended */ }
  }
  return bytes;
}

/** Runs one command under GNU time; resolves with its seconds, its largest process's peak RSS and the peak of treeMemory. */
function timedStep(name, args, dir) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out = (out + d).slice(-4000); });
    child.stderr.on('data', (d) => { err = (err + d).slice(-4000); });
    // Sampled twice a second: a sample reads every process's stat file, about 7 ms on a busy machine,
    // so under 1.5 % of one core. A sample can miss a short peak, so the figure is never less than
    // the largest process's own peak, which GNU time measures exactly.
    let treePeak = 0;
    const sampler = setInterval(() => { treePeak = Math.max(treePeak, treeMemory(child.pid)); }, 500);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${name} failed in ${dir}:\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      const [seconds, kb] = err.trim().split('\n').pop().split(' ').map(Number);
      resolve({ seconds, largest: kb * 1024, treePeak: Math.max(treePeak, kb * 1024) });
    });
  });
}

/**
 * Runs the production build steps in `dir`, each as its own process as `npm run build` does; returns
 * the total seconds, the peak memory (largest process, and all processes together) and each step's
 * time and peak.
 */
async function timedBuild(dir) {
  const steps = [
    // The heap limit is the one package.json's build script sets (see docs/architecture.md).
    ['astro', ['--max-old-space-size=1024', join(root, 'node_modules/astro/bin/astro.mjs'), 'build']],
    ['search index', [join(dir, 'scripts/build-search-index.mjs')]],
    ['headers', [join(dir, 'scripts/write-headers.mjs')]],
  ];
  let seconds = 0;
  let peak = 0;
  let treePeak = 0;
  const perStep = [];
  for (const [name, args] of steps) {
    const r = await timedStep(name, args, dir);
    seconds += r.seconds;
    peak = Math.max(peak, r.largest);
    treePeak = Math.max(treePeak, r.treePeak);
    perStep.push(`${name} ${r.seconds.toFixed(1)} s, ${mb(r.treePeak)}`);
  }
  return { seconds, peak, treePeak, perStep };
}

/**
 * The last step of `npm run build`: the compressed copies the server sends (scripts/compress.mjs,
 * which compresses the dist/ beside it). Timed on its own, outside the budgeted build time.
 */
function timedCompression(dir) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(dir, 'scripts/compress.mjs')], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compression failed in ${dir}:\n${r.stderr.slice(-2000)}`);
  return (performance.now() - t0) / 1000;
}

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
      body += `<Section id="${slug}-part-${sec}" zh="第${sec + 1}部分" en="Part ${sec + 1}">\n\n`;
      for (let i = 0; i < perTranscript / 5; i += 1) {
        const id = `${slug}-s${sec}-${i}-${words[rnd(words.length)]}`;
        ids.push(id);
        const zh = Array.from({ length: 30 + rnd(60) }, () => chars[rnd(chars.length)]).join('') + '。';
        const en = Array.from({ length: 15 + rnd(30) }, () => words[rnd(words.length)]).join(' ') + '.';
        body += `<Segment id="${id}" speaker="${i % 3 ? 'ai-deep-researcher' : 'elon-musk'}" kind="${i % 3 ? 'narration' : 'quote'}">\n<Zh>${zh}</Zh>\n<En>${en}</En>\n</Segment>\n\n`;
      }
      body += '</Section>\n\n';
    }
    const front = readFileSync(join(root, 'content/transcripts/x-takeover-2025.mdx'), 'utf8').split('---')[1].replace(/^slug: .*$/m, `slug: ${slug}`);
    files.push({ slug, mdx: `---${front}---\n\n${body}`, ids });
  }
  return files;
}

function syntheticProject() {
  const dir = mkdtempSync(join(tmpdir(), 'interlinear-bench-'));
  for (const p of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const d of ['content/transcripts', 'content/annotations', 'content/ids']) { rmSync(join(dir, d), { recursive: true, force: true }); mkdirSync(join(dir, d), { recursive: true }); }
  // The corrections log names the real transcript's segments, which the synthetic ones do not have.
  writeFileSync(join(dir, 'content/corrections.yaml'), '[]\n');
  writeFileSync(join(dir, 'content/data/predictions.yaml'), readFileSync(join(root, 'content/data/predictions.yaml'), 'utf8').replace(/segments: \[[^\]]*\]/g, 'segments: []'));
  // Share images are left out of the synthetic build: at ~0.3 s each they are measured separately below.
  rmSync(join(dir, 'src/pages/og'), { recursive: true, force: true });
  let segments = 0;
  for (const f of synthetic()) {
    writeFileSync(join(dir, `content/transcripts/${f.slug}.mdx`), f.mdx);
    writeFileSync(join(dir, `content/ids/${f.slug}.json`), JSON.stringify({ slug: f.slug, ids: f.ids, redirects: {} }, null, 2));
    // Nothing of a synthetic transcript has been published: the published-text guard has nothing to compare.
    writeFileSync(join(dir, `content/ids/${f.slug}.published.json`), JSON.stringify({ slug: f.slug, segments: {}, verdicts: {}, applied: [] }));
    segments += f.ids.length;
  }
  return { dir, segments };
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
// The memory budget, 1.5 GB, read as 1.5 × 10⁹ bytes (1,431 MB in the MB of 1024² bytes printed
// here): the stricter of the two readings.
const MEMORY_BUDGET = 1.5e9;
if (!process.env.BENCH_SKIP_SITE) {
  const real = await timedBuild(root);
  const realDist = tree(join(root, 'dist'));
  // `npm run build` ends by writing the compressed copies the server sends (scripts/compress.mjs).
  // They are left out of the build time, as at 10,000 segments below, but dist/ must have them
  // again: the search benchmark that follows measures what a reader's browser is sent.
  const compressSeconds = timedCompression(root);
  const ogCount = readdirSync(join(root, 'dist/og/x-takeover-2025')).length;
  table('Build (this site: 1 transcript, 141 segments, both interface languages)', [
    ['build time (astro, search index, headers)', `${real.seconds.toFixed(1)} s (${real.perStep.join(', ')})`, '—'],
    ['peak memory, all processes (the largest of the steps)', mb(real.treePeak), '—'],
    ['peak memory, largest process', mb(real.peak), '—'],
    ['dist size / files', `${mb(realDist.bytes)} / ${realDist.files} files`, '—'],
    ['share images', `${ogCount} PNG, included in the build time above`, '—'],
    ['compressed copies (brotli and gzip; not in the build time)', `${compressSeconds.toFixed(1)} s`, '—'],
  ]);
}

const { dir, segments } = syntheticProject();
let synth;
try {
  synth = { ...(await timedBuild(dir)), dist: tree(join(dir, 'dist')) };
  synth.compressSeconds = timedCompression(dir);
} finally {
  if (process.env.BENCH_KEEP) console.log(`synthetic project kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

table(`Build (synthetic: ${segments.toLocaleString('en')} segments in ${transcriptCount} transcripts, share images left out)`, [
  ['build time', `${synth.seconds.toFixed(1)} s (${synth.perStep.join(', ')})`, '< 60 s', synth.seconds < 60],
  ['peak memory, all processes (the largest of the steps)', mb(synth.treePeak), `< 1.5 GB (${mb(MEMORY_BUDGET)})`, synth.treePeak < MEMORY_BUDGET],
  ['peak memory, largest process (for comparison with earlier runs)', mb(synth.peak), '—'],
  ['dist size / files', `${mb(synth.dist.bytes)} / ${synth.dist.files} files`, '—'],
  ['compressed copies (brotli and gzip; not in the build time)', `${synth.compressSeconds.toFixed(1)} s`, '—'],
]);
