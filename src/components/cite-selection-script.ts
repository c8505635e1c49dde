/**
 * The transcript page's second inline script and its CSP hash: a single listener that imports
 * the "Cite selection" code (src/client/cite-selection.ts) when the reader first selects text in
 * the transcript, so that no reader pays for it up front. Minified by hand, like the preferences
 * script (src/components/prefs-script.ts).
 */
import source from '../client/cite-selection.inline.js?raw';
import { cspHash } from '../build/csp';

export const CITE_SELECTION_CODE = source.trim();
export const CITE_SELECTION_HASH = cspHash(CITE_SELECTION_CODE);
