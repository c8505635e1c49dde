// The cite panel's script. The panel's formats are static HTML generated at build time (no
// citation library in the browser); its copy buttons are those of copy.ts. Importing copy.ts
// from here as well as from CopyLink.astro makes it a chunk of its own, so Astro serves it as an
// external module file (never inlined: the site's CSP will not allow inline scripts).
import './copy';
