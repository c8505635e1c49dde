// Writes public/favicon.svg: 對 (as in 對照, "set side by side", as the two languages are) in white
// on the site's ink colour. The glyph is drawn as a path, from the Noto Sans TC font the share images use,
// so the icon looks the same everywhere: as SVG <text> in a generic "serif", it was drawn in whatever
// CJK font the reader's system had, or as a missing-glyph box where it had none.
// Run: node scripts/favicon.mjs (only when the icon is to change; the SVG is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = readFileSync(require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'));
const svg = await satori(
  {
    type: 'div',
    props: {
      style: { width: 64, height: 64, borderRadius: 12, background: '#1c1b19', color: '#fdfcf9', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 40, fontFamily: 'Noto Sans TC' },
      children: '對',
    },
  },
  { width: 64, height: 64, fonts: [{ name: 'Noto Sans TC', data: font, weight: 700, style: 'normal' }] },
);
writeFileSync(new URL('../public/favicon.svg', import.meta.url), `${svg}\n`);
console.log(`public/favicon.svg: ${svg.length} bytes`);
