import { describe, expect, it } from 'vitest';
import { countWhere } from '../../src/lib/search/count.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('countWhere', () => {
  it('counts the items that pass, with no more tests under way than asked', async () => {
    let running = 0;
    let most = 0;
    const test = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      return n % 3 === 0;
    };
    expect(await countWhere(Array.from({ length: 30 }, (_, i) => i), test, 4)).toBe(10);
    expect(most).toBe(4);
  });
  it('counts nothing in nothing', async () => {
    expect(await countWhere([], async () => true, 4)).toBe(0);
  });
  it('gives up, with undefined, once cancelled, without testing the rest', async () => {
    let tested = 0;
    let cancel = false;
    const test = async () => {
      tested++;
      if (tested === 5) cancel = true;
      await tick();
      return true;
    };
    expect(await countWhere(Array.from({ length: 100 }), test, 2, () => cancel)).toBeUndefined();
    expect(tested).toBeLessThan(10);
  });
});
