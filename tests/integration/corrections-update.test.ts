/**
 * `npm run corrections:update` on a temporary copy of the project: it refuses while a published text
 * has changed without a log entry, and once the change is logged it records the new text and marks
 * the entries applied.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortSha256 } from '../../src/data/digest';

const root = process.cwd();
const transcript = 'content/transcripts/x-takeover-2025.mdx';
const published = 'content/ids/x-takeover-2025.published.json';

describe('npm run corrections:update', () => {
  it('refuses an unlogged change and writes nothing; records a logged one and marks its entries applied', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interlinear-corr-'));
    try {
      for (const p of ['src', 'content', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      const run = () => spawnSync(process.execPath, ['scripts/corrections-update.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      const mdx = readFileSync(join(dir, transcript), 'utf8');
      const edited = mdx.replace(/(<Segment id="never-seen-tech-advance-so-fast"[^>]*>\s*<Original>[^<]*<\/Original>\s*<Translation>)([^<]*)/, '$1Test: $2');
      expect(edited).not.toBe(mdx);
      writeFileSync(join(dir, transcript), edited);
      const before = readFileSync(join(dir, published), 'utf8');

      const refused = run();
      expect(refused.status, refused.stderr).toBe(1);
      const line = mdx.slice(0, mdx.indexOf('<Segment id="never-seen-tech-advance-so-fast"')).split('\n').length;
      expect(refused.stderr.split('\n')).toContain(
        `${transcript}:${line}:1 [never-seen-tech-advance-so-fast] the English changed since it was published, and no correction entry names it — add an entry to content/corrections.yaml (docs/authoring/corrections.md, "Correcting published text"), then run npm run corrections:update (field: translation, segments: [never-seen-tech-advance-so-fast])`,
      );
      expect(readFileSync(join(dir, published), 'utf8')).toBe(before);

      // The fictional fixture log names this change (and two others, pending until their texts change).
      cpSync(join(root, 'tests/fixtures/corrections/logged-changes.yaml'), join(dir, 'content/corrections.yaml'));
      const done = run();
      expect(done.status, done.stderr).toBe(0);
      const record = JSON.parse(readFileSync(join(dir, published), 'utf8')) as { segments: Record<string, { translation: string }>; applied: string[] };
      const en = /<Segment id="never-seen-tech-advance-so-fast"[^>]*>\s*<Original>[^<]*<\/Original>\s*<Translation>([^<]*)<\/Translation>/.exec(edited)![1]!.trim();
      expect(record.segments['never-seen-tech-advance-so-fast']!.translation).toBe(shortSha256(en));
      // The entries applied before (the real log's, kept in the record) come first; the fixture's three are added.
      const appliedBefore = (JSON.parse(before) as { applied: string[] }).applied;
      expect(record.applied).toEqual([...appliedBefore, 'test-fix-supersonic-original', 'test-fix-never-seen-translation', 'test-fix-event-date-verdict']);
      // Applied, the entries cover no further change.
      writeFileSync(join(dir, transcript), edited.replace('Test: ', 'Test again: '));
      expect(run().status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
