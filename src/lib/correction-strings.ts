/** Interface strings of the corrections log (`corrections` in each src/lib/strings/<tag>.ts). */
import type { correctionFields, correctionTypes } from '../schemas/correction';
import type { TextRole } from './languages';

export interface CorrectionStrings {
  /** Page title, nav/footer label. */
  title: string;
  intro: string;
  /** Link to the corrections policy on the About page. */
  policy: string;
  /** Shown when the log has no entry yet. */
  empty: string;
  /** The feed: its title, the link on the page, and an item's title (type, what changed). */
  /** Takes the site name (content/data/settings.yaml). */
  feedTitle: (site: string) => string;
  feedLink: string;
  type: Record<(typeof correctionTypes)[number], string>;
  /** What changed, by field; the original's and the translation's name their transcript's languages (`pairNamesIn`). */
  field: (field: (typeof correctionFields)[number], names: Record<TextRole, string>) => string;
  before: string;
  after: string;
  why: string;
  /** Label of the list of segments, notes and sources an entry changed. */
  affected: string;
  /** Link texts to an affected note and source. */
  note: (id: string) => string;
  source: (id: string) => string;
  /** Before the address for reporting an error, and what stands in its place until it is set. */
  reportLabel: string;
  reportUnset: string;
  /** The line on a corrected segment, linking to its entry. */
  correctedOn: (type: (typeof correctionTypes)[number], date: string) => string;
}
