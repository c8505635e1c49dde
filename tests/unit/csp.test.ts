import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash } from '../../src/build/csp';

describe('Content-Security-Policy', () => {
  it('hashes text as CSP sources do: SHA-256, base64, quoted', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('lists the page’s hashes, and WebAssembly only where asked', () => {
    const plain = contentSecurityPolicy({ scriptHashes: ["'sha256-a'"], styleHashes: ["'sha256-b'"] });
    expect(plain).toContain("script-src 'self' 'sha256-a';");
    expect(plain).toMatch(/style-src 'self' 'sha256-b'$/);
    expect(plain).not.toContain('wasm');
    expect(plain).not.toContain('unsafe');
    expect(contentSecurityPolicy({ scriptHashes: [], wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(plain).toContain("object-src 'none'");
    expect(plain).toContain("default-src 'self'");
  });
  it('allows a recording\'s origin for media only, and only when the page plays one', () => {
    const plain = contentSecurityPolicy({ scriptHashes: [] });
    expect(plain).not.toContain('media-src');
    const playing = contentSecurityPolicy({ scriptHashes: [], mediaOrigins: ['https://media.example.org', 'https://media.example.org'] });
    expect(playing).toMatch(/; media-src 'self' https:\/\/media\.example\.org$/);
    // Nothing else opens to that origin.
    expect(playing.replace(/; media-src [^;]+$/, '')).toBe(plain);
    expect(contentSecurityPolicy({ scriptHashes: [], mediaOrigins: [] })).toBe(plain);
  });
});
