import { describe, expect, it } from 'vitest';
import { ui } from '../../src/lib/i18n';
import { attributionInfo, verdictInfo } from '../../src/lib/verdicts';

/** A sample argument: reads as "X", and as a pair of language names where a string takes them. */
const sample = Object.assign(new String('X'), { original: '西班牙文', translation: '英文' });

/** Every string reachable from a value; functions are called with the sample for each argument. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return strings((value as (...args: unknown[]) => unknown)(sample, sample, sample), `${path}()`);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Half-width , : ; ? ! or ( ) touching a Han character. */
const halfWidth = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;

describe('Chinese interface strings', () => {
  it('use full-width punctuation next to Chinese text', () => {
    const zh = [
      ...strings(ui['zh-Hant'], 'ui'),
      ...strings(Object.fromEntries(Object.entries(verdictInfo).map(([k, v]) => [k, v.definition['zh-Hant']])), 'verdict'),
      ...strings(Object.fromEntries(Object.entries(attributionInfo).map(([k, v]) => [k, [v.label['zh-Hant'], v.definition['zh-Hant']]])), 'attribution'),
    ];
    expect(zh.length).toBeGreaterThan(100);
    expect(zh.filter(([, s]) => halfWidth.test(s)).map(([path, s]) => `${path}: ${s}`)).toEqual([]);
  });

  it('put no word space after a full-width colon, and English keeps its own', () => {
    expect(ui['zh-Hant'].punct.colon + ui['zh-Hant'].punct.afterColon).toBe('：');
    expect(ui.en.punct.colon + ui.en.punct.afterColon).toBe(': ');
  });
});
