/**
 * Vitest global setup for tests over the built site: serves dist/ on 127.0.0.1 with the same
 * server `npm start` uses, and hands its address to the tests (`inject('baseUrl')`).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let stop: (() => void) | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  const server = await serveDist();
  stop = server.stop;
  project.provide('baseUrl', server.base);
}

export async function teardown() {
  stop?.();
}
