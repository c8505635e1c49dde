/**
 * Meaningful ids from the English side: a few content words, stop-words dropped, unique across
 * the site. An id becomes a permalink, so it should say what the segment is about.
 */

const STOP_WORDS = new Set(
  ('a an and are as at be been but by can could did do does doing for from had has have he her here hers him his how i if in into is it its ' +
    "just me more most my no nor not now of off on once only or our ours out over own really said says so some such than that the their them then " +
    'there these they this those through to too under up us very was we were what when where which while who whom why will with would you your ' +
    "yours yes oh okay ok well also about again all am any because before being both each few further going got just let lot much must other " +
    "same should thing things think know like get go very i'm it's that's don't we're you're there's can't").split(/\s+/),
);

/** The most words an id takes, and its longest length. */
const MAX_WORDS = 4;
const MAX_LENGTH = 48;

/** Lowercase ASCII words of a text (accents folded, apostrophes kept inside words for stop-word matching). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Kebab-case slug of a name (for speakers): every word kept. */
export function slugify(text: string): string {
  return words(text).map((w) => w.replace(/'/g, '')).filter(Boolean).join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
}

/** Content words of a text, in order, without repeats. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const clean = w.replace(/'/g, '');
    if (!clean || STOP_WORDS.has(w) || STOP_WORDS.has(clean) || (clean.length < 2 && !/\d/.test(clean)) || out.includes(clean)) continue;
    out.push(clean);
  }
  return out;
}

/**
 * An id for a text, not in `taken` (which it then joins). It takes the first content words; on a
 * clash it tries more words, then a number. `fallback` is used when the text has no Latin words.
 */
export function makeId(text: string, taken: Set<string>, fallback: string, allowed: (id: string) => boolean = () => true): string {
  const cw = contentWords(text);
  const fit = (parts: string[]) => {
    let id = '';
    for (const p of parts) {
      const next = id ? `${id}-${p}` : p;
      if (next.length > MAX_LENGTH) break;
      id = next;
    }
    return /^[a-z]/.test(id) ? id : id ? `${fallback}-${id}`.slice(0, MAX_LENGTH).replace(/-+$/, '') : fallback;
  };
  const ok = (id: string) => !taken.has(id) && allowed(id);
  let id = fit(cw.slice(0, MAX_WORDS));
  for (let n = MAX_WORDS + 1; !ok(id) && n <= Math.min(cw.length, MAX_WORDS + 3); n++) id = fit(cw.slice(0, n));
  const base = id;
  for (let n = 2; !ok(id); n++) id = `${base.slice(0, MAX_LENGTH - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  taken.add(id);
  return id;
}
