import { describe, expect, it } from 'vitest';
import { comparable, hanRuns, truncate } from '../../src/lib/text';

describe('comparable', () => {
  it('ignores punctuation width, spaces and case but keeps every letter and digit', () => {
    expect(comparable('毛利率 26%+,“能源”。')).toBe(comparable('毛利率26%+，"能源"。'));
    expect(comparable('AI 的總量')).toBe('ai的總量');
    expect(comparable('嘯')).not.toBe(comparable('嘯嘯'));
  });
});

describe('hanRuns', () => {
  it('splits Chinese runs out of an English sentence', () => {
    expect(hanRuns('支點 literally means a fulcrum; 「算力」 too')).toEqual([
      { text: '支點', han: true }, { text: ' literally means a fulcrum; ', han: false }, { text: '「算力」', han: true }, { text: ' too', han: false },
    ]);
  });
  it('takes Japanese kana with the Han characters, so a Japanese quote is one run', () => {
    expect(hanRuns('the kiln 登り窯を完成させる soon')).toEqual([
      { text: 'the kiln ', han: false }, { text: '登り窯を完成させる', han: true }, { text: ' soon', han: false },
    ]);
  });
  it('keeps a purely English text whole', () => {
    expect(hanRuns('Elon Musk')).toEqual([{ text: 'Elon Musk', han: false }]);
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('one two three four five six seven', 15);
    expect(cut.endsWith('…')).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(15);
  });
});
