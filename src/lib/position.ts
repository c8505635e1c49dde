import type { Pos } from './problem';

/** Where a pattern first matches in a content file's text (1-based line and column), or undefined. */
export function positionOf(text: string, pattern: RegExp): Pos | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

/** Where something is in a content file, as `path:line:col` (1-based), for one-line error messages. */
export function positionIn(path: string, text: string, pattern: RegExp): string {
  const at = positionOf(text, pattern);
  return at ? `${path}:${at.line}:${at.col}` : path;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A `<Segment id="…"` element of a transcript. */
export const segmentAt = (id: string) => new RegExp(`<Segment\\s+id="${escape(id)}"`);
/** A YAML list item `- id: …` (annotations, corrections log). */
export const yamlItemAt = (id: string) => new RegExp(`(?<=^[ \\t]*)- id: *["']?${escape(id)}["']? *(?:#.*)?$`, 'm');
