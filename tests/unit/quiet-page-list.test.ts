import { describe, expect, it } from 'vitest';
import quietPageList from '../../src/integrations/quiet-page-list.ts';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/** Calls one of the integration's hooks with a logger whose options hold `level`. */
const call = (integration: ReturnType<typeof quietPageList>, hook: 'astro:build:start' | 'astro:build:generated', options: { level: Level }) =>
  (integration.hooks[hook] as unknown as (o: { logger: { options: { level: Level } } }) => void)({ logger: { options } });

describe('the quiet page list', () => {
  it('raises the default level to warnings while the pages are written, and puts it back', () => {
    const options = { level: 'info' as Level };
    const integration = quietPageList();
    call(integration, 'astro:build:start', options);
    expect(options.level).toBe('warn');
    call(integration, 'astro:build:generated', options);
    expect(options.level).toBe('info');
  });

  it('leaves --verbose and --silent as they are', () => {
    for (const level of ['debug', 'silent'] as const) {
      const options = { level: level as Level };
      const integration = quietPageList();
      call(integration, 'astro:build:start', options);
      expect(options.level).toBe(level);
      call(integration, 'astro:build:generated', options);
      expect(options.level).toBe(level);
    }
  });
});
