/**
 * Meaningful ids from a text in Latin script (id-source.ts says which): a few content words,
 * stop-words dropped, unique across the site. An id becomes a permalink, so it should say what
 * the segment is about; a text with no such words gets a numbered fallback.
 */

const ENGLISH_STOP_WORDS = (
  'a an and are as at be been but by can could did do does doing for from had has have he her here hers him his how i if in into is it its ' +
  "just me more most my no nor not now of off on once only or our ours out over own really said says so some such than that the their them then " +
  'there these they this those through to too under up us very was we were what when where which while who whom why will with would you your ' +
  "yours yes oh okay ok well also about again all am any because before being both each few further going got just let lot much must other " +
  "same should thing things think know like get go very i'm it's that's don't we're you're there's can't"
).split(/\s+/);

/**
 * The commonest function words of other languages written in Latin script, by primary language
 * subtag (accents folded, as ids fold them), so that their ids keep content words too. The English
 * list applies to every language, since interviews in any language quote English words.
 */
const OTHER_STOP_WORDS: Record<string, string> = {
  es: 'a al como con de del el en es esta este eso esto fue ha hay la las le lo los mas me mi muy no nos o para pero por que se si sin sobre son su sus te tu un una uno y ya yo usted ella el ellos bueno pues',
  fr: 'a au aux avec ce ces c cest dans de des du elle en est et il ils je la le les leur lui ma mais me mes moi mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te toi ton tu un une vous y oui non bien alors',
  de: 'aber als am an auch auf aus bei bin bis das dass dem den der des die doch du ein eine einen er es fur hat ich ihr im in ist ja mit nicht noch nur oder sich sie sind so und uns von war was wie wir zu ja nein also',
  pt: 'a ao as com como da das de do dos e ela ele em era essa esse eu foi isso ja mais mas me meu minha muito na nao no nos o os ou para pela pelo por que se sem ser seu sua um uma voce sim bem',
  it: 'a al alla anche che chi ci come con da del della di e ed era gli ha ho il in io la le lei lo lui ma mi mio ne nel non per piu si sono su ti tu un una uno si no bene allora',
};

const ENGLISH = new Set(ENGLISH_STOP_WORDS);
const STOP_WORDS = new Map(Object.entries(OTHER_STOP_WORDS).map(([lang, list]) => [lang, new Set([...ENGLISH_STOP_WORDS, ...list.split(' ')])]));
/** The stop-words of a text in this language (a BCP 47 tag). */
const stopWordsFor = (lang: string) => STOP_WORDS.get(lang.split('-')[0]!.toLowerCase()) ?? ENGLISH;

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
function contentWords(text: string, lang: string): string[] {
  const stop = stopWordsFor(lang);
  const out: string[] = [];
  for (const w of words(text)) {
    const clean = w.replace(/'/g, '');
    if (!clean || stop.has(w) || stop.has(clean) || (clean.length < 2 && !/\d/.test(clean)) || out.includes(clean)) continue;
    out.push(clean);
  }
  return out;
}

/** How to name an item whose text gives no id of its own. */
export interface IdNames {
  /** The id when the text has no content words in Latin script, e.g. "my-interview-12". */
  fallback: string;
  /** Put before an id that would start with a digit (ids start with a letter), e.g. "segment". */
  prefix: string;
  /** The text's BCP 47 tag, for its stop-words (default English). */
  lang?: string | undefined;
  /** Ids the page uses for itself are not allowed. */
  allowed?: ((id: string) => boolean) | undefined;
}

/**
 * An id for a text, not in `taken` (which it then joins). It takes the first content words; on a
 * clash it tries more words, then a number.
 */
export function makeId(text: string, taken: Set<string>, names: IdNames): string {
  const cw = contentWords(text, names.lang ?? 'en');
  const allowed = names.allowed ?? (() => true);
  const fit = (parts: string[]) => {
    let id = '';
    for (const p of parts) {
      const next = id ? `${id}-${p}` : p;
      if (next.length > MAX_LENGTH) break;
      id = next;
    }
    return /^[a-z]/.test(id) ? id : id ? `${names.prefix}-${id}`.slice(0, MAX_LENGTH).replace(/-+$/, '') : names.fallback;
  };
  const ok = (id: string) => !taken.has(id) && allowed(id);
  let id = fit(cw.slice(0, MAX_WORDS));
  for (let n = MAX_WORDS + 1; !ok(id) && n <= Math.min(cw.length, MAX_WORDS + 3); n++) id = fit(cw.slice(0, n));
  const base = id;
  for (let n = 2; !ok(id); n++) id = `${base.slice(0, MAX_LENGTH - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  taken.add(id);
  return id;
}
