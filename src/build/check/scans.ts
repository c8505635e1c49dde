/**
 * Checks on every text of the YAML files and frontmatter, whatever their schema: no markup, no
 * impossible date hidden by YAML (an unquoted 2025-02-30 silently becomes 2 March), TODOs left by
 * an import.
 */
import type { Problem } from '../../lib/problem';
import { isCalendarDate } from '../../schemas/common';
import type { Entry } from './collections';
import { valueAt } from '../../lib/schema-issues';

/** An HTML tag or comment: content is text, never markup (a lone "<", as in "AI < 人類", is fine). */
const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--/;

/** The innermost id on a path of the data. */
function idOn(data: unknown, path: readonly (string | number)[]): string | undefined {
  let id: string | undefined;
  for (let n = 0; n <= path.length; n++) {
    const v = valueAt(data, path.slice(0, n)) as Record<string, unknown> | undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof v.id === 'string') id = v.id;
      else if (typeof v.slug === 'string') id = v.slug;
    }
  }
  return id;
}

/** Runs the scans over the YAML documents of the entries (each document once). */
export function scanStrings(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<unknown>();
  for (const e of entries) {
    if (seen.has(e.yaml)) continue;
    seen.add(e.yaml);
    for (const s of e.yaml.strings()) {
      const id = idOn(e.yaml.data, s.path);
      const field = s.path.filter((p) => typeof p === 'string').slice(-2).join('.');
      const at = { file: e.file, ...s.pos, id };
      const tag = TAG.exec(s.value);
      if (tag) problems.push({ ...at, problem: `${field} contains markup "${tag[0].slice(0, 40)}": notes and titles are plain text`, fix: 'remove the tag (the text is published exactly as written, never as HTML)' });
      if (s.plain && /^\d{4}-\d{2}-\d{2}$/.test(s.source) && !isCalendarDate(s.source)) {
        problems.push({ ...at, problem: `${field} ${s.source} is not a date on the calendar`, fix: 'check the month (01–12) and the day (within that month)' });
      }
      if (/\bTODO\b/.test(s.value)) problems.push({ ...at, warning: true, problem: `${field} still says TODO`, fix: 'write the text before publishing' });
    }
  }
  return problems;
}
