import { createHash } from 'node:crypto';

/** The digest the published-text guard records (src/lib/published.ts): sha256, first 16 hex digits, enough to tell two texts apart. */
export const shortSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
