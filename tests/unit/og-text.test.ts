import { describe, expect, it } from 'vitest';
import { cardQuote, fitSizes } from '../../src/lib/og-text';

describe('cardQuote: the quotation marks of a share card', () => {
  it('adds no marks to a text that carries its own (no 「“…”」, no ““…””)', () => {
    expect(cardQuote('“我寧願參與,也不願當觀眾。”', 'zh-Hant', 70)).toBe('“我寧願參與,也不願當觀眾。”');
    expect(cardQuote("“I'd rather take part than be a spectator.”", 'en', 170)).toBe("“I'd rather take part than be a spectator.”");
  });
  it('adds no mark to a text that only opens or only closes a quotation', () => {
    expect(cardQuote('“an AI company centred on full self-driving', 'en', 170)).toBe('“an AI company centred on full self-driving');
    expect(cardQuote('管理層強調:“能源業務比以往任何時候都更關鍵。”', 'zh-Hant', 70)).toBe('管理層強調:“能源業務比以往任何時候都更關鍵。”');
  });
  it('wraps an unquoted text in the language’s marks', () => {
    expect(cardQuote('馬斯克沒有太多廢話,直奔核心:', 'zh-Hant', 70)).toBe('「馬斯克沒有太多廢話,直奔核心:」');
    expect(cardQuote("Musk didn't waste words", 'en', 170)).toBe("“Musk didn't waste words”");
  });
  it('cuts a long quoted text inside its own closing mark', () => {
    const long = `“${'one two three '.repeat(20).trim()}.”`;
    const cut = cardQuote(long, 'en', 60);
    expect(cut.startsWith('“one two')).toBe(true);
    expect(cut.endsWith('…”')).toBe(true);
    expect(cut).not.toMatch(/^““|””$/);
    expect(Array.from(cut).length).toBeLessThanOrEqual(60);
  });
});

describe('fitSizes: the quote is set as large as its length allows', () => {
  it('sets a short quote larger than a long one, and the English smaller than the Chinese', () => {
    const short = fitSizes('“我寧願參與,也不願當觀眾。”', "“I'd rather take part than be a spectator.”");
    const long = fitSizes('字'.repeat(70), 'word '.repeat(34));
    expect(short.zh).toBeGreaterThan(long.zh);
    expect(short.en).toBeLessThan(short.zh);
    expect(long.zh).toBeGreaterThanOrEqual(32);
    expect(long.en).toBeGreaterThanOrEqual(22);
  });
});
