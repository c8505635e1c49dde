/**
 * The site's Content-Security-Policy, written by the layout into every page's <meta> (and copied
 * into dist/_headers by scripts/write-headers.mjs). Scripts come from this site or are hashed;
 * styles come from this site's stylesheet or are hashed; nothing inline runs unhashed, and no page
 * has a style attribute. Pure: the layout passes in what the page inlines.
 */
import { createHash } from 'node:crypto';

/** The CSP source of an inline script or style: the SHA-256 of its exact text. */
export function cspHash(text: string): `'sha256-${string}'` {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** What one page needs beyond the common policy. */
export interface PagePolicy {
  /** Hashes (cspHash) of the page's inline scripts: they run only if listed. */
  scriptHashes: readonly string[];
  /** Hashes (cspHash) of the page's inline <style> elements. */
  styleHashes?: readonly string[] | undefined;
  /** Whether the page runs WebAssembly (Pagefind, on the search pages): adds 'wasm-unsafe-eval'. */
  wasm?: boolean | undefined;
  /**
   * Origins of recordings the page plays (its on-page player): allowed for media (`media-src`) only,
   * and only on that page. A recording on this site needs none ('self' covers it).
   */
  mediaOrigins?: readonly string[] | undefined;
}

/** Directives every page shares. */
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
] as const;

/** The policy of one page, as the content of its <meta http-equiv="content-security-policy">. */
export function contentSecurityPolicy(page: PagePolicy): string {
  const script = ["'self'", ...(page.wasm ? ["'wasm-unsafe-eval'"] : []), ...page.scriptHashes];
  const style = ["'self'", ...(page.styleHashes ?? [])];
  const media = page.mediaOrigins?.length ? [`media-src 'self' ${[...new Set(page.mediaOrigins)].join(' ')}`] : [];
  return [...COMMON, `script-src ${script.join(' ')}`, `style-src ${style.join(' ')}`, ...media].join('; ');
}
