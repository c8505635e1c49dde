/** src/lib/digest.ts and dataDigest: a page's cache key changes exactly when the data it shows changes. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { stableJson } from '../../src/lib/digest';
import { dataDigest, shortSha256 } from '../../src/data/digest';

describe('stableJson', () => {
  it('does not depend on the order of object keys', () => {
    expect(stableJson({ a: 1, b: { c: 2, d: [3, 4] } })).toBe(stableJson({ b: { d: [3, 4], c: 2 }, a: 1 }));
  });

  it('writes out Maps, Sets, Dates and URLs, so that changes inside them count', () => {
    const speakers = new Map([['elon-musk', { name: 'Elon Musk' }]]);
    expect(stableJson({ speakers })).not.toBe(stableJson({ speakers: new Map([['elon-musk', { name: 'Elon R. Musk' }]]) }));
    expect(stableJson(new Set(['a']))).not.toBe(stableJson(new Set(['b'])));
    expect(stableJson({ date: new Date('2025-06-21') })).not.toBe(stableJson({ date: new Date('2025-06-22') }));
    expect(stableJson({ url: new URL('https://a.example/') })).not.toBe(stableJson({ url: new URL('https://b.example/') }));
  });

  it('tells apart values that plain JSON would write alike', () => {
    expect(stableJson([undefined])).not.toBe(stableJson([null]));
    expect(stableJson(Number.NaN)).not.toBe(stableJson(null));
    expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson([['a', 1]]));
    expect(stableJson({})).not.toBe(stableJson(new Map()));
  });

  it('reads an absent field and an undefined one alike (a page cannot tell them apart)', () => {
    expect(stableJson({ a: 1, b: undefined })).toBe(stableJson({ a: 1 }));
  });

  it('writes shared values each time, and refuses circular data and functions', () => {
    const shared = { id: 'x' };
    expect(stableJson({ a: shared, b: shared })).toBe(stableJson({ a: { id: 'x' }, b: { id: 'x' } }));
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => stableJson(loop)).toThrow(/circular/);
    expect(() => stableJson({ f: () => 1 })).toThrow(/not data/);
  });
});

describe('dataDigest', () => {
  it('is the SHA-256 of the stable JSON', () => {
    const value = { z: '超音速海嘯', a: [1, 2] };
    expect(dataDigest(value)).toBe(createHash('sha256').update(stableJson(value)).digest('hex'));
    expect(shortSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'.slice(0, 16));
  });
});
