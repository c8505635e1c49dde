import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadExport, slugs } from '../support/dist';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('share images', () => {
  test.each(slugs)('every segment of %s has a 1200×630 PNG card, and its page points to it', (slug) => {
    for (const { id } of loadExport(slug).segments) {
      const buf = readFileSync(`dist/og/${slug}/${id}.png`);
      expect(pngSize(buf), id).toEqual({ width: 1200, height: 630 });
      expect(buf.length, id).toBeGreaterThan(10_000); // text was drawn, not an empty card
      const html = readFileSync(`dist/transcripts/${slug}/${id}/index.html`, 'utf8');
      expect(html).toContain(`/og/${slug}/${id}.png"`);
    }
  });
});
