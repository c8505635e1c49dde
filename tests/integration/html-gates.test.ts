/** Gates over every built HTML file: the Nu HTML Checker, links and fragments, and security rules. */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { LinkChecker } from 'linkinator';
import { distDir } from '../support/dist';
import { htmlFiles, sitemapPaths } from '../support/sitemap';

const files = htmlFiles();
/** The quote cards other sites frame (tests/integration/embed.test.ts): no site header, no script. */
const isCard = (f: string) => /\/embed\/index\.html$/.test(f);

describe('HTML validity', () => {
  it('the Nu HTML Checker (vnu) reports no error in any HTML file', () => {
    const jar = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
    const r = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'gnu', distDir], { encoding: 'utf8', timeout: 300_000 });
    expect(r.error, 'java must be installed (npm test installs it)').toBeUndefined();
    // The checker (26.9.27, the newest) knows `blocking` only on stylesheets, but the HTML standard
    // allows it on rel="expect" too (links.html#link-type-expect), which every page uses once
    // (src/layouts/Base.astro, firstPaintAt). Exactly that message, once per page, is set aside.
    const lines = `${r.stdout}${r.stderr}`.trim().split('\n').filter(Boolean);
    const expectLink = lines.filter((l) => l.endsWith('error: A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.'));
    expect(lines.filter((l) => !expectLink.includes(l))).toEqual([]);
    expect(expectLink.length).toBe(files.filter((f) => readFileSync(join(distDir, f), 'utf8').includes('<link rel="expect"')).length);
  }, 300_000);
});

describe('first paint', () => {
  it('every page’s first paint waits for an element of that page that comes after its header (rel="expect")', () => {
    for (const f of files.filter((x) => !isCard(x))) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      const links = $('head link[rel="expect"]');
      expect(links.length, f).toBe(1);
      expect(links.attr('blocking'), f).toBe('render');
      const id = (links.attr('href') ?? '').replace(/^#/, '');
      const target = $(`[id="${id}"]`);
      expect(target.length, `${f}: #${id}`).toBe(1);
      // Chromium lifts the block when the parser inserts the element: the whole header is parsed by then.
      expect($('header.site').nextAll().add($('header.site').nextAll().find('*')).is(target), `${f}: #${id} is after the header`).toBe(true);
    }
  });

  it('a quote card, one short block with no header, does not hold its first paint', () => {
    const cards = files.filter(isCard);
    expect(cards.length).toBeGreaterThan(100);
    for (const f of cards) expect(readFileSync(join(distDir, f), 'utf8'), f).not.toContain('rel="expect"');
  });
});

describe('links', () => {
  it('no internal link or #fragment is broken (linkinator, from the home page and the sitemap)', async () => {
    const base = inject('baseUrl');
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [`${base}/`, ...sitemapPaths().map((p) => `${base}${p}`)],
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      linksToSkip: [`^(?!${base.replace(/[.:/]/g, '\\$&')})`],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}): ${l.status}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(200);
  }, 300_000);
});

describe('security', () => {
  it('every page has a strict Content-Security-Policy: hashed scripts, no unsafe-inline script or style, wasm-unsafe-eval only for search', () => {
    for (const f of files) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, f).toContain("'self'");
      expect(scriptSrc, f).not.toContain("'unsafe-inline'");
      expect(scriptSrc, f).not.toMatch(/'unsafe-eval'/);
      expect(csp, f).toContain("object-src 'none'");
      // WebAssembly (Pagefind) runs on the search pages only.
      expect(scriptSrc.includes("'wasm-unsafe-eval'"), f).toBe(/(^|\/)search\/index\.html$/.test(f));
      // Not for styles either: no page has a style attribute (highlighted code is coloured by classes).
      expect(csp, f).not.toContain("'unsafe-inline'");
      expect($('[style]').length, `${f}: ${$.html($('[style]').first())}`).toBe(0);
    }
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toMatch(/^\/pagefind\/fragment\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it('every inline script and style is hashed in its page’s policy, the policy hashes nothing else, and it comes before each script', () => {
    let inline = 0;
    for (const f of files) {
      const html = readFileSync(join(distDir, f), 'utf8');
      const $ = cheerio.load(html);
      const scriptSrc = ($('meta[http-equiv="content-security-policy"]').attr('content') ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      // A <meta> policy governs only what follows it.
      const policyAt = html.indexOf('http-equiv="content-security-policy"');
      $('script:not([src])').each((_, el) => {
        const type = $(el).attr('type');
        if (type && type !== 'module' && type !== 'text/javascript') return; // data blocks (JSON-LD) do not run
        const code = $(el).html() ?? '';
        inline += 1;
        expect(scriptSrc, `${f}: inline script ${code.slice(0, 40)}…`).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
        expect(html.indexOf(code), `${f}: inline script before the policy`).toBeGreaterThan(policyAt);
      });
      const styleSrc = ($('meta[http-equiv="content-security-policy"]').attr('content') ?? '').split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
      const styleHashes: string[] = [];
      $('style').each((_, el) => {
        const css = $(el).html() ?? '';
        styleHashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
        expect(styleSrc, `${f}: inline style ${css.slice(0, 40)}…`).toContain(styleHashes.at(-1));
      });
      // And the other way: no hash in the policy for something the page does not inline.
      const scriptHashes = $('script:not([src])').filter((_, el) => !$(el).attr('type') || $(el).attr('type') === 'module').map((_, el) => `'sha256-${createHash('sha256').update($(el).html() ?? '').digest('base64')}'`).get();
      expect(scriptSrc.match(/'sha256-[^']+'/g) ?? [], `${f}: script hashes`).toEqual([...new Set(scriptHashes)]);
      expect(styleSrc.match(/'sha256-[^']+'/g) ?? [], `${f}: style hashes`).toEqual(styleHashes);
    }
    // Every page but the quote cards, which run no script at all, has the preferences script.
    expect(inline).toBeGreaterThanOrEqual(files.filter((f) => !isCard(f)).length);
  });

  it('no inline event handler and no javascript: URL anywhere', () => {
    for (const f of files) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      $('*').each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name, `${f} <${(el as { name: string }).name}>`).not.toMatch(/^on/i);
      });
      $('[href^="javascript:"], [src^="javascript:"]').each((_, el) => expect.fail(`${f}: javascript: URL in ${$.html(el)}`));
    }
  });

  it('every inline script is data (JSON-LD) or the one small hashed script (preferences, and the loaders of the copy and Cite-selection code); all others are files of this site', () => {
    for (const f of files) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      $('script').each((_, el) => {
        const s = $(el);
        if (s.attr('src')) expect(s.attr('src'), f).toMatch(/^\/(?!\/)/);
        else if (s.attr('type') !== 'application/ld+json') expect(s.text().length, `${f}: inline script`).toBeLessThan(1024);
      });
    }
  });

  it('every external link opens without referrer or opener', () => {
    let external = 0;
    for (const f of files) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      // The page's referrer policy (src/layouts/Base.astro) sends no referrer to other sites, for every link at once.
      const policy = $('meta[name="referrer"]').attr('content');
      $('a[href^="http"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (href.startsWith('http://127.0.0.1')) return;
        external += 1;
        const rel = ($(a).attr('rel') ?? '').split(/\s+/);
        expect(policy === 'same-origin' || policy === 'no-referrer' || rel.includes('noreferrer'), `${f}: ${href} sends a referrer`).toBe(true);
        // A link opening another tab would also hand that tab this page, unless it says noopener.
        if ($(a).attr('target')) expect(rel.includes('noopener') || rel.includes('noreferrer'), `${f}: ${href} gives an opener`).toBe(true);
      });
    }
    expect(external).toBeGreaterThan(50);
  });

  it('no page loads anything from another host (fonts, styles, scripts, images)', () => {
    for (const f of files) {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'));
      $('link[href], script[src], img[src], source[src], iframe[src]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src')!;
        const rel = $(el).attr('rel') ?? '';
        if (/canonical|alternate|sitemap/.test(rel)) return; // links, not loads
        expect(url, `${f}: ${$.html(el).slice(0, 80)}`).toMatch(/^(\/(?!\/)|data:|#)/);
      });
    }
    expect(existsSync(join(distDir, 'favicon.svg')) && existsSync(join(distDir, 'manifest.webmanifest'))).toBe(true);
  });
});

describe('site icon', () => {
  it('is drawn with paths, so it needs no font on the reader\'s system (scripts/favicon.mjs)', () => {
    const icon = readFileSync(join(distDir, 'favicon.svg'), 'utf8');
    expect(icon).toMatch(/<path [^>]*d="M/);
    expect(icon).not.toMatch(/<text|font-family/);
  });
});
