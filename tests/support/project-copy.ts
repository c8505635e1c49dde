/**
 * A copy of the project in a temporary folder, to build with changed content: its sources, content
 * and scripts copied, node_modules linked. Bad-content tests break a file in it and read what the
 * author would see; incremental and split-build tests compare its builds. Each copy gets its own build cache folder
 * (INTERLINEAR_CACHE_DIR), since the linked node_modules would otherwise share the project's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = process.cwd();
const PARTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

interface RunOptions {
  cache?: string;
  env?: Record<string, string>;
}

export interface ProjectCopy {
  dir: string;
  /** Replaces the text of one file of the copy (path relative to the project). */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `npm run build` in the copy; `cache` names the cache folder (default "cache", inside the copy). */
  build(options?: RunOptions): { status: number | null; output: string };
  /** Runs `astro build` alone into `out/` (no index, headers or compression): what Astro itself reports. */
  astroBuild(): { status: number | null; output: string; outDir: string };
  /** Runs `npm run <script> -- <args>` in the copy, as build() does. */
  npm(script: string, args?: string[], options?: RunOptions): { status: number | null; output: string };
  /** Every file of the copy's dist/: path relative to dist/ → bytes. */
  dist(): Map<string, Buffer>;
  /** Writes a new file in the copy. */
  write(file: string, text: string): void;
  read(file: string): string;
  /** Runs a command in the copy (Node 22 from node_modules first on PATH, as npm does; the copy's own cache folder). */
  run(cmd: string, args: string[]): { status: number | null; output: string; stdout: string; stderr: string };
  /** Commits the copy's content to a new git repository (for rules that look at git history). */
  commit(): void;
  remove(): void;
}

export function copyProject(prefix = 'interlinear-copy-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of PARTS) if (existsSync(join(root, p))) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`copyProject: the edit left ${file} unchanged`);
      writeFileSync(path, after);
    },
    build(options) {
      return this.npm('build', [], options);
    },
    astroBuild() {
      const outDir = join(dir, 'out');
      const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INTERLINEAR_CACHE_DIR: join(dir, 'cache') }, timeout: 180_000,
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
    },
    npm(script, args = [], { cache = 'cache', env = {} } = {}) {
      const r = spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INTERLINEAR_CACHE_DIR: join(dir, cache), ...env },
        timeout: 600_000,
        maxBuffer: 256 * 1024 * 1024,
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
    dist() {
      const out = join(dir, 'dist');
      const files = new Map<string, Buffer>();
      for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) {
        if (e.isFile()) files.set(relative(out, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
      }
      return files;
    },
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    run(cmd, args) {
      const env = {
        ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', INTERLINEAR_CACHE_DIR: join(dir, 'cache'),
        GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t',
      };
      const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout: 240_000, maxBuffer: 256 * 1024 * 1024 });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}` };
    },
    commit() {
      for (const args of [['init', '-q'], ['add', '-A', 'content'], ['commit', '-qm', 'content']]) this.run('git', args);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
