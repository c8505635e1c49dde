/**
 * A CSL style rewritten so that one citeproc run can format many items as independent entries.
 *
 * A bibliography of several items is not several bibliographies of one item: citeproc sorts the
 * entries, replaces a repeated author with dashes (`subsequent-author-substitute`) and adds year
 * suffixes ("2025a") to tell apart items by the same author in the same year. A segment page shows
 * its citation alone, so for a batch run those are taken out. The in-text citation layout only
 * feeds disambiguation; it becomes the item's unique label, so citeproc finds nothing ambiguous
 * (its ambiguity checks across hundreds of same-author items made a batch no faster than one run
 * per item). Bibliography layouts are untouched; tests/unit/citations.test.ts checks that every
 * entry equals the single-item bibliography.
 */
export function entryOnlyStyle(xml: string): string {
  const out = xml
    .replace(/ subsequent-author-substitute="[^"]*"/g, '')
    .replace(/ disambiguate-add-[a-z-]+="[^"]*"/g, '')
    .replace(/<citation[\s>][\s\S]*<\/citation>/, '<citation><layout><text variable="citation-label"/></layout></citation>')
    .replace(/(<bibliography[^>]*>)\s*<sort>[\s\S]*?<\/sort>/, '$1');
  if (!out.includes('<citation><layout><text variable="citation-label"/>')) throw new Error('entryOnlyStyle: no <citation> element found in the style');
  return out;
}
