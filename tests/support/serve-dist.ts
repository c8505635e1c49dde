/**
 * Serves a built site on 127.0.0.1 with scripts/serve.mjs (the server `npm start` uses), for the
 * test suites and the benchmarks alike, so both read the site under its real headers.
 * Erasable TypeScript: bench/_lib.mjs imports it with Node's type stripping.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));

/** Starts the server on a random port from `portBase` (up to 400 above it); resolves once it listens. */
export async function serveDist(options: { distDir?: string; portBase?: number } = {}): Promise<{ base: string; stop: () => void }> {
  const port = String((options.portBase ?? 4400) + Math.floor(Math.random() * 400));
  const env = { ...process.env, PORT: port, HOST: '127.0.0.1', ...(options.distDir ? { DIST_DIR: options.distDir } : {}) };
  const child = spawn(process.execPath, [serveScript], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('served at') && resolve());
    child.on('exit', (code) => reject(new Error(`the site server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
