// Shared helpers for the benchmarks: serve dist/ on a free loopback port, launch Chromium, print tables.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function serve(distDir = 'dist') {
  const port = String(5400 + Math.floor(Math.random() * 400));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: port, DIST_DIR: distDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => d.toString().includes('served at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function browser() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Prints rows of [measure, value, budget, ok] as a Markdown table (pasteable into the README). */
export function table(title, rows) {
  console.log(`\n### ${title}\n`);
  console.log('| measure | value | budget | within |');
  console.log('|---|---|---|---|');
  for (const [m, v, b, ok] of rows) console.log(`| ${m} | ${v} | ${b ?? '—'} | ${ok === undefined ? '—' : ok ? 'yes' : '**no**'} |`);
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
