import { createHash } from 'node:crypto';
import { stableJson } from '../lib/digest.ts';

/** The digest the published-text guard records (src/lib/published.ts): sha256, first 16 hex digits, enough to tell two texts apart. */
export const shortSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

/**
 * The digest of data: SHA-256 (hex) of its stableJson (src/lib/digest.ts). It is every page's cache
 * key (src/data/routes.ts, src/pages/[redirects].ts). Synchronous: a Web Crypto promise per page
 * cost more than the hashing itself, for tens of thousands of pages.
 */
export const dataDigest = (value: unknown): string => createHash('sha256').update(stableJson(value)).digest('hex');
