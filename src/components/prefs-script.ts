/**
 * The inline preferences script's code and its CSP hash, computed once: PrefsScript.astro inlines
 * the code, and the layout lists the hash in every page's policy (src/build/csp.ts). The file holds
 * nothing but code, minified by hand, since every byte runs on load.
 */
import source from '../client/prefs.inline.js?raw';
import { cspHash } from '../build/csp';

export const PREFS_CODE = source.trim();
export const PREFS_HASH = cspHash(PREFS_CODE);
