import { describe, expect, it } from 'vitest';
import { directiveText, encodeTerm, findDirective, passageDirective } from '../../src/lib/text-fragment';

describe('encodeTerm', () => {
  it('percent-encodes the characters the directive syntax uses, and non-ASCII text', () => {
    expect(encodeTerm('US$12-billion, 67% & more')).toBe('US%2412%2Dbillion%2C%2067%25%20%26%20more');
    expect(encodeTerm('超音速海嘯')).toBe('%E8%B6%85%E9%9F%B3%E9%80%9F%E6%B5%B7%E5%98%AF');
  });
  it('writes prefix-, start, end and -suffix in the spec’s order', () => {
    expect(directiveText({ prefix: 'a-b', start: 'c', end: 'd,e', suffix: 'f' })).toBe(':~:text=a%2Db-,c,d%2Ce,-f');
    expect(directiveText({ start: 'only' })).toBe(':~:text=only');
  });
});

describe('passageDirective', () => {
  const blocks = ['Cite', 'The robots are coming. The robots are coming soon.', '機器人來了。機器人很快就來了。', 'Cite', 'Another block with robots are coming too.'];

  it('quotes a short passage whole when it is unique', () => {
    const d = passageDirective(blocks, { block: 1, offset: 27 }, { block: 1, offset: 49 });
    expect(d).toEqual({ start: 'robots are coming soon' });
  });

  it('adds the words before it when the same words occur earlier on the page', () => {
    const from = { block: 1, offset: 27 };
    const to = { block: 1, offset: 44 };
    const d = passageDirective(blocks, from, to);
    expect(d.start).toBe('robots are coming');
    expect(d.prefix).toBe('coming. The');
    expect(findDirective(blocks, d)).toEqual({ from, to });
  });

  it('moves the ends out to whole words (browsers match whole words only)', () => {
    const d = passageDirective(blocks, { block: 1, offset: 5 }, { block: 1, offset: 15 });
    expect(d.start).toBe('robots are');
  });

  it('uses start and end terms for a passage over several blocks, matching from its first to its last word', () => {
    const from = { block: 1, offset: 23 };
    const to = { block: 4, offset: 18 };
    const d = passageDirective(blocks, from, to);
    expect(d.end).toBeDefined();
    expect(findDirective(blocks, d)).toEqual({ from, to });
  });

  it('disambiguates Chinese words with context too', () => {
    const from = { block: 2, offset: 6 };
    const to = { block: 2, offset: 9 };
    const d = passageDirective(blocks, from, to);
    expect(findDirective(blocks, d)).toEqual({ from, to });
    expect(d.prefix ?? d.suffix).toBeDefined();
  });
});
