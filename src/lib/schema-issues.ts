/**
 * Turns a zod issue into what an author reads: the id of the item it is in (never a list index),
 * the field, the problem and how to fix it.
 */

/** The parts of a zod issue that are used here. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  values?: readonly unknown[];
  expected?: string;
  input?: unknown;
  /** For a union (`invalid_union`): each option's issues. */
  errors?: readonly (readonly IssueLike[])[];
}

export interface DescribedIssue {
  /** Id of the innermost item (object with an `id` or `slug`) on the issue's path. */
  id?: string | undefined;
  /** The field within that item, e.g. `verdict` or `title.zh-Hant`. */
  field: string;
  problem: string;
  fix: string;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v));

/** Follows a path into parsed data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/**
 * A schema message may carry its own fix after " — " (e.g. "must be https — write https://…");
 * otherwise the fix is derived from the kind of issue.
 */
export function describeIssue(issue: IssueLike, data: unknown, fieldNames: Record<string, string> = {}): DescribedIssue {
  let id: string | undefined;
  let from = 0;
  let at: unknown = data;
  issue.path.forEach((key, i) => {
    if (at && typeof at === 'object' && i > 0) {
      const o = at as Record<string, unknown>;
      const own = typeof o.id === 'string' ? o.id : typeof o.slug === 'string' ? o.slug : undefined;
      if (own) { id = own; from = i; }
    }
    at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  });
  if (id === undefined && data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    id = typeof o.id === 'string' ? o.id : typeof o.slug === 'string' ? o.slug : undefined;
  }
  const rest = issue.path.slice(from).map(String).join('.');
  const field = fieldNames[rest] ?? (rest || 'this entry');
  const value = valueAt(data, issue.path);
  const [own, ownFix] = issue.message.split(' — ');
  if (ownFix) {
    // "verdict "x" must be …"; a message that names its field already ("a fact-check needs a verdict") stands alone.
    const last = String(issue.path.at(-1) ?? field);
    const problem = own!.includes(last) || own!.includes(field) ? own! : value !== undefined && typeof value !== 'object' ? `${field} ${show(value)} ${own}` : `${field} ${own}`;
    return { id, field, problem, fix: ownFix };
  }
  // A field that is one value of a scale or something else (attribution: a value, or a map segment → value):
  // a text off the scale is described by the scale's option, not as "Invalid input".
  const scale = issue.code === 'invalid_union' && typeof value === 'string'
    ? issue.errors?.flat().find((e) => e.code === 'invalid_value' && e.values && e.path.length === 0)
    : undefined;
  if (scale?.values) {
    return { id, field, problem: `${field} ${show(value)} is not on the scale`, fix: `use one of: ${scale.values.map(String).join(', ')}` };
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return { id, field, problem: `${field} ${show(value)} is not on the scale`, fix: `use one of: ${issue.values.map(String).join(', ')}` };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return { id, field, problem: `${field} is missing`, fix: `add ${field}${issue.expected === 'object' ? ' with its zh-Hant and en texts' : ''}` };
  }
  if (issue.code === 'invalid_type') return { id, field, problem: `${field} is ${show(value)}, not a ${issue.expected}`, fix: `write ${field} as a ${issue.expected}` };
  if (issue.code === 'unrecognized_keys') return { id, field, problem: issue.message, fix: 'remove the unknown field or correct its name' };
  return { id, field, problem: `${field} ${issue.message}${value !== undefined && typeof value !== 'object' ? ` (is ${show(value)})` : ''}`, fix: `correct ${field} (each field is described in docs/authoring.md)` };
}
