/** What "Cite selection" and other tools read to address and cite a passage: the export's rules and passages.json. */
import { describe, expect, it } from 'vitest';
import { distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';
import type { PassageCiteData } from '../../src/lib/passage-cite';

describe('passages', () => {
  it('the JSON export documents how a passage is addressed, with the link pattern and where the citation data is', () => {
    const exp = loadExport(slug) as unknown as { url: string; passages: { link: string; rules: string[]; citationData: string } };
    expect(exp.passages.link).toBe(`${exp.url}#<first-segment-id>:~:text=[<prefix>-,]<start>[,<end>][,-<suffix>]`);
    expect(exp.passages.rules.join(' ')).toMatch(/percent-encoded, including -, comma and &/);
    expect(new URL(exp.passages.citationData).pathname).toBe(`/transcripts/${slug}/passages.json`);
  });

  it('passages.json names an author and speaker for every segment of the transcript', () => {
    const data = JSON.parse(distFile(`transcripts/${slug}/passages.json`)) as PassageCiteData;
    const ids = loadExport(slug).segments.map((s) => s.id);
    expect(Object.keys(data.segments)).toEqual(ids);
    for (const id of ids) expect(data.authors[data.segments[id]!], id).toBeDefined();
    expect(data.speakers).toContain('Elon Musk');
    expect(data.common.translator).toEqual([{ literal: 'Interlinear' }]);
  });

  it('both transcript pages carry the control inert (a <template>) and a loader, never the citation code itself', () => {
    for (const [prefix, label] of [['', 'Cite selection'], ['/zh-hant', '引用選取內容']] as const) {
      const $ = loadPage(`${prefix.slice(1)}${prefix ? '/' : ''}transcripts/${slug}/`);
      const tpl = $('template#cite-selection');
      expect(tpl.length, prefix).toBe(1);
      expect(tpl.attr('data-permalink-base'), prefix).toBe(`${prefix}/transcripts/${slug}/`);
      expect(cheerioText(tpl.html() ?? ''), prefix).toContain(label);
      // Outside the template, no control: without JavaScript there is none.
      const html = distFile(`${prefix.slice(1)}${prefix ? '/' : ''}transcripts/${slug}/index.html`);
      expect(html.replace(/<template[\s\S]*?<\/template>/g, ''), prefix).not.toContain('cite-sel-btn');
      const module = $('script[data-cite]').attr('data-cite')!;
      expect(module, prefix).toMatch(/^\/_astro\/cite-selection-[\w-]+\.js$/);
      expect(html, prefix).not.toMatch(/<(script|link)[^>]*\s(src|href)="[^"]*cite-selection/);
      // Loaded on a reader's first selection, and small: templates, not citation-js or citeproc.
      const code = distFile(module.slice(1));
      expect(code.length, module).toBeLessThan(12_000);
      expect(code, module).not.toMatch(/citeproc|citation-js|@citation-js/i);
    }
  });
});

const cheerioText = (html: string) => html.replace(/<[^>]+>/g, ' ');
