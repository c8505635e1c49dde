import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkIds, parseRegistry, updateRegistry, serializeRegistry, IdRegistryError } from '../../src/lib/id-registry';
import { parseTranscriptBody } from '../../src/lib/transcript-body';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ids/${name}`, import.meta.url), 'utf8');
const MDX = 'tests/fixtures/ids/transcript.mdx';
const idsOf = (mdx: string) => parseTranscriptBody(mdx, MDX).flatMap((s) => s.segments.map((g) => g.id));
const registry = (name: string) => parseRegistry(JSON.parse(fixture(name)), `tests/fixtures/ids/${name}`);

describe('the published-id registry (fixture: a segment renamed)', () => {
  const current = idsOf(fixture('transcript.mdx'));

  test('fails, naming the registry file and the id, when a published id disappears without a redirect', () => {
    const r = registry('registry-missing-redirect.json');
    expect(() => checkIds(r, current, 'tests/fixtures/ids/registry-missing-redirect.json', MDX)).toThrow(IdRegistryError);
    expect(() => checkIds(r, current, 'tests/fixtures/ids/registry-missing-redirect.json', MDX)).toThrow(
      /^tests\/fixtures\/ids\/registry-missing-redirect\.json \[second-quote\]: published segment id "second-quote" is no longer in tests\/fixtures\/ids\/transcript\.mdx.*"redirects": \{ "second-quote"/,
    );
  });

  test('passes with a redirect to the successor, and returns it for the redirect pages', () => {
    const r = registry('registry-with-redirect.json');
    expect([...checkIds(r, current, 'r.json', MDX)]).toEqual([['second-quote', 'second-quote-renamed']]);
  });

  test('fails on a segment id that is not registered yet, telling the author what to run', () => {
    expect(() => checkIds(registry('registry-unregistered.json'), current, 'r.json', MDX)).toThrow(/\[second-quote-renamed\].*not in r\.json yet.*npm run ids:update/);
  });

  test('refuses redirects from a live id, to nowhere, or in a loop; follows chains', () => {
    const base = { slug: 'f', ids: ['a', 'b', 'c', 'live'] };
    expect(() => checkIds({ ...base, redirects: { live: 'a' } }, ['live', 'a', 'b', 'c'], 'r.json', MDX)).toThrow(/\[live\].*still a segment/);
    expect(() => checkIds({ ...base, redirects: { a: 'gone' } }, ['live', 'b', 'c'], 'r.json', MDX)).toThrow(/\[a\].*"gone"/);
    expect(() => checkIds({ ...base, redirects: { a: 'b', b: 'a' } }, ['live', 'c'], 'r.json', MDX)).toThrow(/loop/);
    expect([...checkIds({ ...base, redirects: { a: 'b', b: 'live' } }, ['live', 'c'], 'r.json', MDX)]).toEqual([['a', 'live'], ['b', 'live']]);
    expect(() => checkIds({ ...base, redirects: { x: 'live' } }, ['live', 'a', 'b', 'c'], 'r.json', MDX)).toThrow(/\[x\].*never published/);
  });

  test('ids:update adds new ids in reading order and never drops an old one', () => {
    const { registry: next, added, missing } = updateRegistry(registry('registry-unregistered.json'), 'fixture', current);
    expect(added).toEqual(['second-quote-renamed']);
    expect(missing).toEqual([]);
    expect(next.ids).toEqual(['first-quote', 'second-quote-renamed']);
    const gone = updateRegistry(registry('registry-missing-redirect.json'), 'fixture', current);
    expect(gone.registry.ids).toContain('second-quote');
    expect(gone.missing).toEqual(['second-quote']);
    expect(JSON.parse(serializeRegistry(next))).toEqual({ slug: 'fixture', ids: next.ids, redirects: {} });
  });

  test('rejects a malformed registry file', () => {
    expect(() => parseRegistry({ slug: 'f', ids: ['a', 'a'] }, 'r.json')).toThrow(/\[a\]: listed twice/);
    expect(() => parseRegistry({ slug: 'f', ids: 'a' }, 'r.json')).toThrow(/"ids" must be an array/);
  });
});

test('the committed registry covers every segment of the real transcript', () => {
  const mdx = readFileSync(new URL('../../content/transcripts/x-takeover-2025.mdx', import.meta.url), 'utf8');
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
  const r = parseRegistry(JSON.parse(readFileSync(new URL('../../content/ids/x-takeover-2025.json', import.meta.url), 'utf8')), 'content/ids/x-takeover-2025.json');
  expect(() => checkIds(r, parseTranscriptBody(body, 'x.mdx').flatMap((s) => s.segments.map((g) => g.id)), 'content/ids/x-takeover-2025.json', 'x.mdx')).not.toThrow();
});
