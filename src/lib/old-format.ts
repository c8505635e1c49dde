/**
 * Transcripts written before the texts were named by role used <Zh>/<En> and
 * <Section zh="…" en="…">. Such a file gets one line for the old element names and one for the
 * old section attributes, instead of a line for every element the reader does not know.
 */

/** An old name found in a body: where the first one stands, and what to write instead. */
export interface OldName {
  offset: number;
  problem: string;
  fix: string;
}

/** Every kind of old name in a body (at most two lines: elements, section attributes); empty when there is none. */
export function oldFormatProblems(body: string): OldName[] {
  const out: OldName[] = [];
  const element = /<\/?(Zh|En)\b/.exec(body);
  if (element) {
    out.push(element[1] === 'Zh'
      ? { offset: element.index, problem: '<Zh> is the old name', fix: 'write <Original> (and <Translation> for <En>)' }
      : { offset: element.index, problem: '<En> is the old name', fix: 'write <Translation> (and <Original> for <Zh>)' });
  }
  const attribute = /(<Section\b[^>]*?\s)(zh|en)=/.exec(body);
  if (attribute) {
    const offset = attribute.index + attribute[1]!.length;
    out.push(attribute[2] === 'zh'
      ? { offset, problem: 'zh="…" on <Section> is the old name', fix: 'write original="…" (and translation="…" for en="…")' }
      : { offset, problem: 'en="…" on <Section> is the old name', fix: 'write translation="…" (and original="…" for zh="…")' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
