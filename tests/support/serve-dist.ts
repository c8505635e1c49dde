/**
 * Serves a built site on 127.0.0.1 with scripts/serve.mjs (the server `npm start` uses), for the
 * test suites and the benchmarks alike, so both read the site under its real headers.
 * Erasable TypeScript: bench/_lib.mjs imports it with Node's type stripping.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serveScript = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));

/** Starts the server on a free port the system picks (no collision with another suite's server); resolves once it listens. */
export async function serveDist(options: { distDir?: string } = {}): Promise<{ base: string; stop: () => void }> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...(options.distDir ? { DIST_DIR: options.distDir } : {}) };
  const child = spawn(process.execPath, [serveScript], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /served at (http:\/\/127\.0\.0\.1:\d+)\//.exec(d.toString());
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the site server exited with ${code}`)));
  });
  return { base, stop: () => child.kill() };
}
