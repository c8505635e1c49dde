import { expect, it } from 'vitest';

// The content files the check tests mutate.
export const T = 'content/transcripts/x-takeover-2025.mdx';
export const MUSK = 'content/annotations/x-takeover-2025/fact-checks-musk.yaml';
export const NARRATOR = 'content/annotations/x-takeover-2025/fact-checks-narrator.yaml';
export const EDITORIAL = 'content/annotations/x-takeover-2025/editorial.yaml';
export const PRED = 'content/data/predictions.yaml';
export const SRC = 'content/data/sources.yaml';
export const SPK = 'content/data/speakers.yaml';
export const REG = 'content/ids/x-takeover-2025.json';

/** A test per class of mistake (each of its lines is printed), and one that nothing else is. */
export function expectReport(cases: [string, string[]][], lines: () => string[]) {
  it.each(cases)('%s', (_class, expected) => {
    for (const line of expected) expect(lines()).toContain(line);
  });
  it('reports nothing else (no knock-on errors from the mistakes above)', () => {
    expect(lines().slice(0, -1).sort()).toEqual(cases.flatMap(([, l]) => l).sort());
  });
}

