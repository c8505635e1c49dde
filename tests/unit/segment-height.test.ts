import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEIGHT_STEPS, heightStep } from '../../src/lib/segment-height';

describe('heightStep', () => {
  const seg = (zh: number, en: number, kind = 'quote') => ({ original: '字'.repeat(zh), translation: 'a'.repeat(en), kind });
  it('grows with the text and with the notes', () => {
    expect(heightStep(seg(200, 400), 0)).toBeGreaterThan(heightStep(seg(20, 40), 0));
    expect(heightStep(seg(20, 40), 3)).toBeGreaterThan(heightStep(seg(20, 40), 0));
  });
  it('counts Chinese by characters, not UTF-16 units', () => {
    expect(heightStep({ original: '𠀀'.repeat(28), translation: '', kind: 'quote' }, 0)).toBe(heightStep(seg(28, 0), 0));
  });
  it('stays between 1 and the number of steps the stylesheet defines', () => {
    expect(heightStep(seg(0, 0), 0)).toBeGreaterThanOrEqual(1);
    expect(heightStep(seg(5000, 10000), 20)).toBe(HEIGHT_STEPS);
  });
  it('has a rule in the stylesheet for every step, and none beyond (HEIGHT_STEPS is the one source)', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const steps = [...css.matchAll(/\.h(\d+)\{--h:(\d+)\}/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(steps).toEqual(Array.from({ length: HEIGHT_STEPS }, (_, i) => [i + 1, i + 1]));
  });
});
