/** Where something is in a content file, as `path:line:col` (1-based), for one-line error messages. */
export function positionIn(path: string, text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (!m) return path;
  const before = text.slice(0, m.index).split('\n');
  return `${path}:${before.length}:${before[before.length - 1]!.length + 1}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A `<Segment id="…"` element of a transcript. */
export const segmentAt = (id: string) => new RegExp(`<Segment\\s+id="${escape(id)}"`);
/** A YAML list item `- id: …` (annotations, corrections log). */
export const yamlItemAt = (id: string) => new RegExp(`(?<=^[ \\t]*)- id: *["']?${escape(id)}["']? *(?:#.*)?$`, 'm');
