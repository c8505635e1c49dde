/**
 * `npm run dev` refuses what the build refuses: with an unregistered segment, every page shows the
 * problem, and the error overlay names the author's own file and line. (The added segment's "新。"
 * is not in the transcript's source text at that place either: the page says so too, once.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyProject, type ProjectCopy as Copy } from '../support/project-copy';
import { addFictionalSpeaker, letSpeakIn, FICTIONAL_SPEAKER } from '../fixtures/fictional';
import { launch } from '../support/browser';

const T = 'content/transcripts/x-takeover-2025.mdx';
const port = 4630 + Math.floor(Math.random() * 10);
const base = `http://127.0.0.1:${port}`;
let copy: Copy;
let dev: ChildProcess;
let log = '';

beforeAll(async () => {
  copy = copyProject();
  // A fictional speaker says the new words: no test puts words in a real person's mouth.
  addFictionalSpeaker(copy);
  letSpeakIn(copy, T);
  copy.edit(T, (t) =>
    t.replace('<Segment id="straight-to-the-core"', `<Segment id="unregistered-one" speaker="${FICTIONAL_SPEAKER}" kind="quote">\n<Original>新。</Original>\n<Translation>New.</Translation>\n</Segment>\n\n<Segment id="straight-to-the-core"`),
  );
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: copy.dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  dev.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await new Promise<void>((resolve, reject) => {
    dev.stdout!.on('data', (d: Buffer) => d.toString().includes('watching for file changes') && resolve());
    dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}`)));
  });
}, 120_000);

afterAll(() => {
  if (process.env.DEBUG_DEV) console.log(log);
  dev?.kill();
  copy?.remove();
});

describe('npm run dev with content the build refuses', () => {
  it('shows the problem on the page and in the overlay, at the author’s line', async () => {
    const res = await fetch(`${base}/transcripts/x-takeover-2025/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain('content/transcripts/x-takeover-2025.mdx:47:1 [unregistered-one] segment id is not in content/ids/x-takeover-2025.json yet — run `npm run ids:update` and commit content/ids/x-takeover-2025.json: once published, an id is permanent');
    // "新。" is in no source text at this place either: reported once, at its line, not as every later segment out of order.
    expect(body).toContain('<h1>The content has 2 problem(s)</h1>');
    expect(body).toContain('content/transcripts/x-takeover-2025.mdx:48:11 [unregistered-one] “新。” is not in the source text here: the segment after it goes on where the one before it ended (content/source-texts/x-takeover-2025.txt) — the original column publishes only the source text, in order: remove this segment, or move it to its place in the source order');
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}/transcripts/x-takeover-2025/`);
      const overlay = page.locator('vite-error-overlay');
      // Astro's overlay (it replaces Vite's): the file and line in its code frame, the problem as its message.
      await expect.poll(async () => ((await overlay.count()) > 0 ? overlay.locator('#code').textContent() : ''), { timeout: 30_000 }).toContain('transcripts/x-takeover-2025.mdx:47:1');
      expect(await overlay.locator('#message-content').textContent()).toContain('[unregistered-one] segment id is not in content/ids/x-takeover-2025.json yet');
    } finally {
      await browser.close();
    }
  }, 180_000);
});
