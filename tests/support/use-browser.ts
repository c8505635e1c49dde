/** One browser for a describe block: launched before its tests, closed after (tests/support/browser.ts). */
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';

export function useLaunched(options: Parameters<typeof launch>[0] = {}) {
  const b = {} as Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => { Object.assign(b, await launch(options)); });
  afterAll(async () => b.close?.());
  return b;
}
