/**
 * Text that the citation engines must print exactly as it is written.
 *
 * citeproc (APA, MLA, Chicago) reads every field as rich text: `<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`
 * and `<span …>` become formatting, and straight quotes become curly ones, flipped when nested. It has
 * no escape for literal text: its one switch, `<span class="nocase">`, only stops case changes.
 * citation-js's BibTeX output turns the same tags into LaTeX commands and leaves LaTeX's own special
 * characters as they are, so the entry would not parse. Hence, before formatting, each character
 * that either engine interprets becomes a private-use stand-in that both pass through untouched;
 * after formatting, the stand-ins become the characters again (`restoreText`, for citeproc's text)
 * or their LaTeX escapes (`restoreLatex`, for BibTeX). Pure, and small enough for the browser.
 */

/** A character as citeproc's text shows it, and as BibTeX must write it to be read back as that character. */
interface Special {
  text: string;
  latex: string;
}

/**
 * The escapes were chosen so that Zotero's parser (@retorquere/bibtex-parser) reads back the exact
 * character, and biblatex-csl-converter too, except `^` (its importer drops `\textasciicircum`,
 * which its own exporter writes). `<` and `>` go in math mode: in text, LaTeX's default font encoding
 * sets them as ¡ and ¿, and `\textless` is not read by biblatex-csl-converter. Quotes are escaped
 * only so that citeproc leaves them alone. The order fixes each character's stand-in.
 */
const LATEX_ESCAPES: Record<string, string> = {
  '"': '{"}', "'": "'", '“': '“', '”': '”', '‘': '‘', '’': '’', '`': '`',
  '<': '$<$', '>': '$>$', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_', '{': '\\{', '}': '\\}',
  '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};
const SPECIALS: Special[] = Object.entries(LATEX_ESCAPES).map(([text, latex]) => ({ text, latex }));

/**
 * Pairs that LaTeX (and BibTeX parsers) join into one sign: `--` a dash, `''` and ``` `` ``` curly
 * quotes, `,,` a low quote, `!`` and `?`` inverted marks. The second character of such a pair gets
 * a stand-in of its own, written after an empty group `{}` in BibTeX, which keeps the two apart.
 */
const LIGATURES = new Set(['--', "''", '``', ',,', '!`', '?`']);
const BROKEN: Special[] = ['-', "'", '`', ','].map((c) => ({ text: c, latex: `{}${c}` }));

/**
 * citeproc turns a space before `: ; ? ! »` or after `«` into a narrow no-break space (French
 * typography, applied to every text it renders): such a space gets a stand-in too.
 */
const SPACE: Special = { text: ' ', latex: ' ' };
const spaceKept = (prev: string, next: string | undefined) => prev === '«' || (next !== undefined && ':;?!»'.includes(next));

/** Stand-ins are taken from the start of the Private Use Area; ESC marks a private-use character of the text itself. */
const ESC = 0xe000;
const ALL = [...SPECIALS, ...BROKEN, SPACE];
const standIn = (i: number) => String.fromCharCode(ESC + 1 + i);
const bySpecial = new Map(SPECIALS.map((s, i) => [s.text, standIn(i)]));
const byBroken = new Map(BROKEN.map((s, i) => [s.text, standIn(SPECIALS.length + i)]));
const spaceStandIn = standIn(ALL.length - 1);
const LAST = ESC + ALL.length;
const isOurs = (c: string) => c.length === 1 && c.charCodeAt(0) >= ESC && c.charCodeAt(0) <= LAST;

/** The text with every character the engines interpret replaced by its stand-in. */
export function protect(text: string): string {
  let out = '';
  let prev = '';
  const chars = [...text];
  chars.forEach((c, i) => {
    if (isOurs(c)) out += String.fromCharCode(ESC) + c;
    else if (LIGATURES.has(prev + c) && byBroken.has(c)) out += byBroken.get(c)!;
    else if (c === ' ' && spaceKept(prev, chars[i + 1])) out += spaceStandIn;
    else out += bySpecial.get(c) ?? c;
    prev = c;
  });
  return out;
}

const STAND_IN = new RegExp(`\\u${ESC.toString(16)}([\\u${ESC.toString(16)}-\\u${LAST.toString(16)}])|[\\u${(ESC + 1).toString(16)}-\\u${LAST.toString(16)}]`, 'g');
const restore = (s: string, as: keyof Special) => s.replace(STAND_IN, (m, own: string | undefined) => own ?? ALL[m.charCodeAt(0) - ESC - 1]![as]);

/** Formatted text with the stand-ins turned back into the characters they stand for. */
export const restoreText = (s: string) => restore(s, 'text');
/** Formatted BibTeX with the stand-ins turned into LaTeX escapes of the characters they stand for. */
export const restoreLatex = (s: string) => restore(s, 'latex');
/** Free text escaped for a BibTeX field, as it is read back exactly (see SPECIALS for the one exception). */
export const latexText = (s: string) => restoreLatex(protect(s));
