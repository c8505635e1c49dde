/**
 * Plain data written out stably, for digests: a page's cache key is the SHA-256 of it
 * (`dataDigest`, src/data/digest.ts). Equal data gives equal text whatever the order of object
 * keys; Maps, Sets, Dates and URLs are written out, so a change inside them changes the text.
 * Pure, and imports nothing (scripts load it as is).
 */

/** JSON with object keys sorted and Map, Set, Date and URL written out; functions and symbols are refused. */
export function stableJson(value: unknown): string {
  const seen = new Set<object>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $number: String(v) };
    if (typeof v === 'bigint') return { $bigint: v.toString() };
    if (v === undefined) return { $undefined: true };
    if (typeof v !== 'object') throw new TypeError(`stableJson: a ${typeof v} is not data`);
    if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() };
    if (v instanceof URL) return { $url: v.href };
    if (ArrayBuffer.isView(v)) return { $bytes: Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    // A value met again inside itself would never end; met again elsewhere (shared), it is written again.
    if (seen.has(v)) throw new TypeError('stableJson: circular data');
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      if (v instanceof Map) return { $map: [...v].map(([k, x]) => [walk(k), walk(x)]) };
      if (v instanceof Set) return { $set: [...v].map(walk) };
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        // Absent and undefined fields read the same to a page.
        if (x !== undefined) out[k] = walk(x);
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return JSON.stringify(walk(value));
}
