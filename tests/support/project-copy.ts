/**
 * A throwaway copy of the project (sources and content, node_modules linked) to change and build:
 * bad-content tests break a file in it and read what the author would see; benchmarks fill it with
 * a synthetic corpus. Erasable TypeScript, so bench scripts can import it with Node's type stripping.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build reads: everything else (tests, docs, dist) stays out of the copy. */
export const PROJECT_PARTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  dir: string;
  /** Rewrites a file of the copy (path relative to the project) through `change`. */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `astro build` in the copy into `out/`; returns its exit status and everything it printed. */
  build(options?: { timeout?: number }): { status: number | null; output: string; outDir: string };
  remove(): void;
}

export function copyProject(root = process.cwd(), prefix = 'interlinear-copy-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of PROJECT_PARTS) if (existsSync(join(root, part))) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    edit: (file, change) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8'))),
    build({ timeout = 120_000 } = {}) {
      const outDir = join(dir, 'out');
      const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout,
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
