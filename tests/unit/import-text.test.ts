import { describe, expect, it } from 'vitest';
import { parseText, splitSpeaker } from '../../src/lib/import/text-format';
import { alignParagraphs } from '../../src/lib/import/align';
import { ImportError } from '../../src/lib/import/blocks';

const problemsOf = (f: () => unknown) => {
  try { f(); } catch (e) { if (e instanceof ImportError) return e.message.split('\n'); throw e; }
  throw new Error('no ImportError thrown');
};

describe('text files', () => {
  it('reads paragraphs, speakers and headings, with the line each starts on', () => {
    const blocks = parseText('Before anyone.\n\n# 開場\n\n王小明：第一行\n第二行。\n\n\nJane Doe: one line\nand two.\n\nThen she went on at length: see https://x.org at 12:30.\n');
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Before anyone.', speaker: undefined, named: false, line: 1 },
      { type: 'heading', text: '開場', line: 3 },
      { type: 'paragraph', text: '第一行第二行。', speaker: '王小明', named: true, line: 5 },
      { type: 'paragraph', text: 'one line and two.', speaker: 'Jane Doe', named: true, line: 9 },
      { type: 'paragraph', text: 'Then she went on at length: see https://x.org at 12:30.', speaker: 'Jane Doe', named: false, line: 12 },
    ]);
  });

  it('takes a name only when it is short and a colon follows it', () => {
    expect(splitSpeaker('https://example.org is a site')).toEqual({ text: 'https://example.org is a site' });
    expect(splitSpeaker('At 12:30 we left')).toEqual({ text: 'At 12:30 we left' });
    expect(splitSpeaker('Q: Why?')).toEqual({ speaker: 'Q', text: 'Why?' });
    expect(splitSpeaker('林雅婷：好。')).toEqual({ speaker: '林雅婷', text: '好。' });
  });
});

describe('aligning text files', () => {
  const zh = parseText('# 一\n\n甲：一。\n\n乙：二。\n');
  it('pairs the n-th block of each', () => {
    const pairs = alignParagraphs(zh, parseText('# One\n\nA: one.\n\nB: two.\n'), 'o.txt', 't.txt');
    expect(pairs.map((p) => [p.original.text, p.translation.text])).toEqual([['一', 'One'], ['一。', 'one.'], ['二。', 'two.']]);
  });
  it('a missing paragraph names both files and where they part', () => {
    expect(problemsOf(() => alignParagraphs(zh, parseText('# One\n\nA: one.\n'), 'o.txt', 't.txt'))).toEqual([
      "o.txt:5:1 o.txt has 3 headings and paragraphs, t.txt has 2: this one has no counterpart (t.txt ends after line 3) — give both files the same headings and paragraphs, in the same order, each paragraph beginning with a speaker's name in both or in neither; a blank line separates paragraphs",
    ]);
  });
  it('a heading against a paragraph', () => {
    expect(problemsOf(() => alignParagraphs(zh, parseText('A: one.\n\n# One\n\nB: two.\n'), 'o.txt', 't.txt'))[0]).toBe(
      'o.txt:1:1 block 1 is a heading here but a paragraph naming "A" in t.txt:1 — give both files the same headings and paragraphs, in the same order, each paragraph beginning with a speaker\'s name in both or in neither',
    );
  });
  it('a speaker named in one file only', () => {
    expect(problemsOf(() => alignParagraphs(zh, parseText('# One\n\nA: one.\n\ntwo.\n'), 'o.txt', 't.txt'))[0]).toMatch(/^o\.txt:5:1 block 3 is a paragraph naming "乙" here but a paragraph naming no speaker in t\.txt:5 — /);
  });
});
