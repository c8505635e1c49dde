import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/build/headers-file';

const file = `/*
  X-Content-Type-Options: nosniff

# content-hashed files
/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/pagefind/*.pf_meta
  Cache-Control: public, max-age=31536000, immutable

/transcripts/:slug/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
`;

describe('parseHeaders', () => {
  const headersFor = parseHeaders(file);
  it('applies every matching rule, in file order, with lower-case names', () => {
    expect(headersFor('/_astro/style.abc.css')).toEqual([
      ['x-content-type-options', 'nosniff'],
      ['cache-control', 'public, max-age=31536000, immutable'],
    ]);
  });
  it('matches * anywhere and :name within one path segment only', () => {
    expect(headersFor('/pagefind/pagefind.zh-hant_1a2b.pf_meta').map(([n]) => n)).toContain('cache-control');
    expect(headersFor('/pagefind/pagefind.js').map(([n]) => n)).not.toContain('cache-control');
    expect(headersFor('/transcripts/x-takeover-2025/')).toContainEqual(['content-security-policy', "default-src 'self'; frame-ancestors 'none'"]);
    expect(headersFor('/transcripts/x-takeover-2025/supersonic-tsunami/').map(([n]) => n)).not.toContain('content-security-policy');
  });
  it('treats dots in a path as dots', () => {
    expect(parseHeaders('/feed.xml\n  X-A: 1\n')('/feedxxml')).toEqual([]);
  });
  it('names the line it cannot read', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(/_headers line 1/);
    expect(() => parseHeaders('/a\n  no colon here\n')).toThrow(/line 2.*no colon here/);
  });
});
