import { existsSync, mkdtempSync, promises, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import blockingWrites from '../../src/integrations/blocking-writes.ts';

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'interlinear-writes-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** Calls one of the integration's hooks (they take no options we use). */
const run = (integration: ReturnType<typeof blockingWrites>, hook: 'astro:build:start' | 'astro:build:done') =>
  (integration.hooks[hook] as unknown as () => void)();

describe('blocking page writes during the build', () => {
  it('writes the folder and the file before the returned promises are awaited, and puts the originals back when done', async () => {
    const originals = { mkdir: promises.mkdir, writeFile: promises.writeFile };
    const integration = blockingWrites();
    run(integration, 'astro:build:start');
    try {
      const dir = join(tempDir(), 'a', 'b');
      const made = promises.mkdir(dir, { recursive: true });
      expect(existsSync(dir)).toBe(true);
      await made;
      const written = promises.writeFile(join(dir, 'index.html'), '<p>頁</p>');
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>頁</p>');
      await written;
      // An error is a rejected promise, as with the originals.
      await expect(promises.writeFile(join(dir, 'missing', 'x.html'), '')).rejects.toThrow(/ENOENT/);
    } finally {
      run(integration, 'astro:build:done');
    }
    expect(promises.mkdir).toBe(originals.mkdir);
    expect(promises.writeFile).toBe(originals.writeFile);
  });

  it('leaves streamed data to the original writeFile', async () => {
    const integration = blockingWrites();
    run(integration, 'astro:build:start');
    try {
      const file = join(tempDir(), 'streamed.txt');
      const written = promises.writeFile(file, (async function* () { yield 'a'; yield 'b'; })());
      await written;
      expect(readFileSync(file, 'utf8')).toBe('ab');
    } finally {
      run(integration, 'astro:build:done');
    }
  });
});
