import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, embedHeight, iframeCode, oembed } from '../../src/lib/embed';

const card = { src: 'https://example.org/transcripts/t/s-1/embed/', title: 'Quote: A "B" <C> & D', height: 300 };

describe('embed code', () => {
  it('is one iframe with the card, an escaped title, its size and no border', () => {
    expect(iframeCode(card)).toBe(
      `<iframe src="https://example.org/transcripts/t/s-1/embed/" title="Quote: A &quot;B&quot; &lt;C> &amp; D" width="${EMBED_WIDTH}" height="300" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>`,
    );
  });
  it('oEmbed: a rich response holding that iframe, sized as it is', () => {
    const o = oembed({ ...card, author: 'A', providerName: 'Interlinear', providerUrl: 'https://example.org/' });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: EMBED_WIDTH, height: 300, title: card.title, author_name: 'A', provider_url: 'https://example.org/' });
    expect(o.html).toBe(iframeCode(card));
  });
  it('a longer text gets a taller frame, within bounds; a verdict adds a line', () => {
    const short = embedHeight('短句。', 'Short.', 0);
    const long = embedHeight('長'.repeat(200), 'long '.repeat(200), 0);
    expect(long).toBeGreaterThan(short);
    expect(embedHeight('短句。', 'Short.', 1)).toBeGreaterThan(short);
    expect(embedHeight('長'.repeat(5000), 'x'.repeat(9000), 1)).toBe(900);
  });
});
