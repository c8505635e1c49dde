/**
 * Vitest global setup for tests over the built site: serves dist/ on 127.0.0.1 with the same
 * server `npm start` uses, and hands its address to the tests (`inject('baseUrl')`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  const port = String(4400 + Math.floor(Math.random() * 500));
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: port, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (d: Buffer) => d.toString().includes('served at') && resolve());
    server!.on('exit', (code) => reject(new Error(`test server exited with ${code}`)));
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  server?.kill();
}
