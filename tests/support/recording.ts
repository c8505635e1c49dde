/**
 * A short spoken recording for tests, made when they run (never committed): Debian's espeak-ng
 * reads each text, sox pads or cuts each reading to its slot and joins them into one WAV file, so
 * that text i is heard from second i × slot. Needs the Debian packages espeak-ng and sox:
 * scripts/ensure-browser.mjs installs them (npm test runs it); `audioTools()` installs them too
 * when the tests run as root, and otherwise says what is missing so that tests can skip with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const has = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;

/** Undefined when espeak-ng and sox are there (after installing them as root if needed); else why not. */
export function audioTools(): string | undefined {
  const missing = ['espeak-ng', 'sox'].filter((c) => !has(c));
  if (missing.length === 0) return undefined;
  if (process.getuid?.() === 0) {
    spawnSync('sh', ['-c', `apt-get install -y -qq ${missing.join(' ')} || (apt-get update -qq && apt-get install -y -qq ${missing.join(' ')})`], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (['espeak-ng', 'sox'].every(has)) return undefined;
  }
  return `the recording needs the Debian packages ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
}

/** Writes `out` (WAV): each text spoken by `voice` in a slot of `slot` seconds, one after another. */
export function writeRecording(out: string, texts: readonly string[], { voice = 'cmn', slot = 4 } = {}): void {
  const work = mkdtempSync(join(tmpdir(), 'interlinear-recording-'));
  try {
    const parts = texts.map((text, i) => {
      const spoken = join(work, `spoken-${i}.wav`);
      const part = join(work, `part-${i}.wav`);
      run('espeak-ng', ['-v', voice, '-s', '190', '-w', spoken, text]);
      // Silence after the reading, then cut to the slot: every part lasts exactly `slot` seconds.
      run('sox', [spoken, '-r', '22050', '-c', '1', part, 'pad', '0', String(slot), 'trim', '0', String(slot)]);
      return part;
    });
    run('sox', [...parts, out]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The length of a sound file in seconds (soxi -D). */
export function duration(file: string): number {
  const r = spawnSync('soxi', ['-D', file], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}
