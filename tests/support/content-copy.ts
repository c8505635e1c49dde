/**
 * A throwaway copy of the project (sources, content, scripts; node_modules linked) to break on
 * purpose and run a real `npm run check` or `npm run build` on.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();

export interface Copy {
  dir: string;
  /** Rewrites a file of the copy. */
  edit(file: string, change: (text: string) => string): void;
  /** Writes a new file in the copy. */
  write(file: string, text: string): void;
  read(file: string): string;
  /** Runs a command in the copy (Node 22 from node_modules first on PATH, as npm does). */
  run(cmd: string, args: string[]): { status: number | null; output: string; stdout: string; stderr: string };
  /** Commits everything in the copy (for rules that look at git history). */
  commit(): void;
  remove(): void;
}

export function copyProject(): Copy {
  const dir = mkdtempSync(join(tmpdir(), 'interlinear-copy-'));
  for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    try { cpSync(join(root, p), join(dir, p), { recursive: true }); } catch { /* optional */ }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env, timeout: 240_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}` };
  };
  return {
    dir,
    edit: (file, change) => {
      const before = readFileSync(join(dir, file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing: the test no longer matches the content`);
      writeFileSync(join(dir, file), after);
    },
    write: (file, text) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    run,
    commit: () => {
      run('git', ['init', '-q']);
      run('git', ['add', '-A', 'content']);
      run('git', ['commit', '-qm', 'content']);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
