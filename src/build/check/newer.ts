/**
 * Which of two files is newer, for naming the newer place of a duplicate first: a file with
 * uncommitted changes (or not yet in git) is newest; otherwise the later last commit is newer.
 */
import { spawnSync } from 'node:child_process';

export function newerRank(root: string, files: readonly string[]): (file: string) => number {
  const ranks = new Map<string, number>();
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const rank = (file: string) => {
    let r = ranks.get(file);
    if (r !== undefined) return r;
    const status = git('status', '--porcelain', '--', file);
    const time = Number(git('log', '-1', '--format=%ct', '--', file).stdout.trim());
    // Without git, the order of the files stands.
    r = status.status !== 0 ? files.indexOf(file) : status.stdout.trim() || !time ? Number.MAX_SAFE_INTEGER - files.length + files.indexOf(file) : time;
    ranks.set(file, r);
    return r;
  };
  return rank;
}
