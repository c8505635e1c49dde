/** COMPRESS=0 skips the precompressed copies, for hosts that compress by themselves (docs/deploy.md). */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'interlinear-compress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a copy of scripts/compress.mjs over a one-page dist/ of its own. */
function compress(env: Record<string, string>) {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  // compress.mjs keeps its copies in the build cache (scripts/build-cache.mjs): both go, and the cache stays in the folder.
  for (const f of ['compress.mjs', 'build-cache.mjs']) cpSync(`scripts/${f}`, join(dir, 'scripts', f));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), `<!doctype html><title>t</title>${'<p>text</p>'.repeat(200)}`);
  const r = spawnSync(process.execPath, [join(dir, 'scripts/compress.mjs')], { encoding: 'utf8', env: { ...process.env, INTERLINEAR_CACHE_DIR: join(dir, 'cache'), ...env } });
  return { out: r.stdout, status: r.status, br: existsSync(join(dir, 'dist/index.html.br')), gz: existsSync(join(dir, 'dist/index.html.gz')) };
}

describe('precompressed copies', () => {
  it('are written by default', () => {
    const r = compress({ COMPRESS: '' });
    expect([r.status, r.br, r.gz]).toEqual([0, true, true]);
  });
  it('are skipped with COMPRESS=0, and the build log says so', () => {
    const r = compress({ COMPRESS: '0' });
    expect([r.status, r.br, r.gz]).toEqual([0, false, false]);
    expect(r.out.trim()).toBe('compress: skipped (COMPRESS=0)');
  });
});
