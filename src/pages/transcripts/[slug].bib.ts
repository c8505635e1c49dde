import { citationPaths } from '../../data/routes';
import { bibliographyRoute } from '../../data/bibliography';
import { formatBibtex } from '../../lib/citations';

/** The whole transcript's bibliography (its own entry, then one per segment), by citation-js. */
export const getStaticPaths = citationPaths;

export const GET = bibliographyRoute(formatBibtex, 'application/x-bibtex');
