/**
 * Which of two places of a duplicate id is newer, so that the message stands at the place that
 * just added it: a place whose id is not in the file's last commit is newer than one whose id is;
 * between two such, the file changed (or committed) last is newer. Without git, file order decides.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export function newerRank(root: string, files: readonly string[]): (file: string, id: string) => number {
  const committed = new Map<string, string | null>();
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const headText = (file: string) => {
    if (!committed.has(file)) {
      const r = git('show', `HEAD:${file}`);
      committed.set(file, r.status === 0 ? r.stdout : null);
    }
    return committed.get(file);
  };
  return (file, id) => {
    if (git('rev-parse', '--git-dir').status !== 0) return files.indexOf(file);
    const inHead = headText(file)?.includes(`id="${id}"`) ?? false;
    const changed = statSync(join(root, file)).mtimeMs;
    return (inHead ? 0 : 1) * 1e15 + changed;
  };
}
