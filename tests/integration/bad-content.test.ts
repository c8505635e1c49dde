/**
 * Bad content fails the real build with a message naming the file, the id and the problem.
 * Each case copies the project's sources to a temporary folder, breaks one file and runs astro build.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const transcript = 'content/transcripts/x-takeover-2025.mdx';
const narratorChecks = 'content/annotations/x-takeover-2025/fact-checks-narrator.yaml';

function buildWith(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'interlinear-bad-'));
  try {
    for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      try { cpSync(join(root, p), join(dir, p), { recursive: true }); } catch { /* optional folder */ }
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, file), change(readFileSync(join(root, file), 'utf8')));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'out')], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 120_000,
    });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a broken content file fails the build and says where', () => {
  it('a segment without its English translation', () => {
    const r = buildWith(transcript, (t) => t.replace(/(<Segment id="supersonic-tsunami"[^>]*>\s*<Zh>[^<]*<\/Zh>)\s*<En>[^<]*<\/En>/, '$1'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/x-takeover-2025\.mdx \[supersonic-tsunami\]: .*missing <En> translation/);
  });

  it('a duplicate segment id', () => {
    const r = buildWith(transcript, (t) => t.replace('<Segment id="never-seen-tech-advance-so-fast"', '<Segment id="supersonic-tsunami"'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/\[supersonic-tsunami\]: .*duplicate segment id/);
  });

  it('a fact-check citing an unknown source id', () => {
    const r = buildWith(narratorChecks, (t) => t.replace(/sources: \[([a-z0-9-]+)/, 'sources: [no-such-source'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fact-checks-narrator\.yaml \[[a-z0-9-]+\]: unknown source id "no-such-source"/);
  });

  it('a verdict outside the scale', () => {
    const r = buildWith(narratorChecks, (t) => t.replace(/verdict: [a-z-]+/, 'verdict: half-true'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fact-checks-narrator[\s\S]*verdict/);
  });
});
