/**
 * Search in a real browser against the built site, the query suite: each expected segment is
 * among the first three results and its link lands on the segment; filters apply per segment.
 */
import { describe, expect, inject, it } from 'vitest';
import { follow, search as searchOn, useBrowser, type Params } from '../support/search-page';

const base = inject('baseUrl');
const ui = useBrowser();

const search = (p: Params, prefix = '') => searchOn(ui.page, base, p, prefix);

/** [label, params, expected segment id] */
const suite: [string, Params, string][] = [
  // Chinese words
  ['zh word 超音速海嘯', { q: '超音速海嘯' }, 'supersonic-tsunami'],
  ['zh word 擠牙膏', { q: '擠牙膏' }, 'squeezing-toothpaste'],
  ['zh word 心電感應', { q: '心電感應' }, 'conceptual-telepathy'],
  ['zh word 護城河', { q: '護城河' }, 'no-talk-of-lead-or-moats'],
  ['zh word 搖籃', { q: '搖籃' }, 'no-energy-ai-stifled'],
  ['zh word 電老虎', { q: '電老虎' }, 'ai-is-a-power-hog'],
  ['zh word 上市公司', { q: '上市公司' }, 'public-company-cant-say-too-much'],
  ['zh word 腦機介面', { q: '腦機介面' }, 'neuralink-already-achieved'],
  // pasted quotes long enough to be asked as four of their pairs (cjk.ts, MAX_QUERY_PAIRS)
  ['zh quote 關注點應從短期銷量轉向長期結構價值', { q: '關注點應從短期銷量轉向長期結構價值' }, 'shift-focus-from-short-term-sales'],
  ['zh quote 目標是建成世界上最大的推理叢集之一', { q: '目標是建成世界上最大的推理叢集之一' }, 'xai-worlds-largest-inference-cluster'],
  // single characters
  ['zh char 嘯', { q: '嘯' }, 'supersonic-tsunami'],
  ['zh char 踩', { q: '踩' }, 'public-company-cant-say-too-much'],
  ['zh char 瘋', { q: '瘋' }, 'optimus-more-important-than-cars'],
  ['zh char 豐', { q: '豐' }, 'ai-abundance-compute-energy-manufacturing'],
  ['zh char 兜', { q: '兜' }, 'jobs-lead-in'],
  // word-internal substrings
  ['zh inner 速海', { q: '速海' }, 'supersonic-tsunami'],
  ['zh inner 電感', { q: '電感' }, 'conceptual-telepathy'],
  ['zh inner 城河', { q: '城河' }, 'no-talk-of-lead-or-moats'],
  ['zh inner 機介', { q: '機介' }, 'neuralink-already-achieved'],
  ['zh inner 音速海', { q: '音速海' }, 'supersonic-tsunami'],
  ['zh inner 造良', { q: '造良' }, 'reality-regulation-yield-cost-ramp'],
  // English words
  ['en word tsunami', { q: 'tsunami' }, 'supersonic-tsunami'],
  ['en word toothpaste', { q: 'toothpaste' }, 'squeezing-toothpaste'],
  ['en word Telepathy (case)', { q: 'Telepathy' }, 'conceptual-telepathy'],
  ['en word landmine', { q: 'landmine' }, 'public-company-cant-say-too-much'],
  ['en word moats', { q: 'moats' }, 'no-talk-of-lead-or-moats'],
  ['en word prefix toothp', { q: 'toothp' }, 'squeezing-toothpaste'],
  // English phrases
  ['en quoted "supersonic tsunami"', { q: '"supersonic tsunami"' }, 'supersonic-tsunami'],
  ['en quoted "strangled in the cradle"', { q: '"strangled in the cradle"' }, 'no-energy-ai-stifled'],
  ['en words power hog', { q: 'power hog' }, 'ai-is-a-power-hog'],
  ['en words biggest product world', { q: 'biggest product in the world' }, 'optimus-biggest-product-in-world'],
  ['en quoted curly “step on a landmine”', { q: '“step on a landmine”' }, 'public-company-cant-say-too-much'],
  // numbers with units
  ['number 31.4 GWh', { q: '31.4 GWh' }, 'tesla-storage-2024-31-4-gwh'],
  ['number 120 億美元', { q: '120 億美元' }, 'xai-12b-debt-financing'],
  ['number 20 萬卡', { q: '20 萬卡' }, 'xai-gpus-200k-class'],
  ['number 10 萬台', { q: '10 萬台' }, 'optimus-100k-per-month-within-5-years'],
  ['number 12 billion', { q: '12 billion debt' }, 'xai-12b-debt-financing'],
  ['full-width digits ３１.４ ＧＷｈ', { q: '３１.４ ＧＷｈ' }, 'tesla-storage-2024-31-4-gwh'],
  // mixed
  ['mixed Optimus 月產', { q: 'Optimus 月產' }, 'optimus-100k-per-month-within-5-years'],
  ['mixed Grok 搜尋欄', { q: 'Grok 搜尋欄' }, 'grok-agent-not-search-box'],
  ['mixed CyberCab 兩座', { q: 'CyberCab 兩座' }, 'cybercab-two-seater-fleet-mix'],
  ['mixed Neuralink 障礙', { q: 'Neuralink 障礙' }, 'neuralink-to-remove-the-barrier'],
  ['mixed no space Optimus月產', { q: 'Optimus月產' }, 'optimus-100k-per-month-within-5-years'],
  // quoted Chinese
  ['zh quoted 「近零邊際成本」', { q: '「近零邊際成本」' }, 'three-pillars-near-zero-marginal-cost'],
  ['zh quoted "我寧願參與"', { q: '"我寧願參與"' }, 'participant-not-spectator'],
  // filters
  ['filter speaker: 參與者 by Musk', { q: '參與者', speaker: 'elon-musk' }, 'i-am-a-participant-not-a-spectator'],
  ['filter section: Optimus in meaning', { q: 'Optimus', section: 'meaning' }, 'human-ai-new-partnership-what-role'],
  ['filter verdict: Robotaxi inaccurate', { q: 'Robotaxi', verdict: 'inaccurate' }, 'bay-area-robotaxi-small-scale-testing'],
  ['filter no verdict: 護城河', { q: '護城河', verdict: 'none' }, 'no-talk-of-lead-or-moats'],
  ['filter translation: Grok in energy', { q: 'Grok', text: 'translation', section: 'energy' }, 'stable-blood-supply-for-the-brain'],
  ['filter speaker+section: 調度', { q: '調度', speaker: 'elon-musk', section: 'optimus' }, 'dispatch-vehicles-by-passenger-count'],
];

describe('query suite: the expected segment is among the first three and its link lands on it', () => {
  it('has at least 40 queries', () => expect(suite.length).toBeGreaterThanOrEqual(40));
  for (const [label, params, id] of suite) {
    it(label, async () => {
      const { state, ids } = await search(params);
      expect(state).toBe('results');
      expect(ids.slice(0, 3)).toContain(id);
      // The matched words are marked in the result.
      const marks = await ui.page.$$eval(`#search-results > li[data-segment="${id}"] mark`, (m) => m.map((x) => x.textContent));
      expect(marks.length).toBeGreaterThan(0);
      const landed = await follow(ui.page, id);
      expect(landed.hash).toBe(`#${id}`);
      // With a text fragment the browser highlights the words (and `:target` is the words, not the
      // element); without one, the segment itself is the target.
      const directive = landed.href.split(':~:text=')[1];
      if (directive) {
        const pieces = directive.split(',');
        const start = decodeURIComponent(pieces.find((p) => !p.endsWith('-') && !p.startsWith('-'))!);
        const prefix = pieces[0]!.endsWith('-') ? decodeURIComponent(pieces[0]!.slice(0, -1)) : '';
        const text = landed.text.replace(/\s+/gu, ' ');
        expect(text).toContain(start);
        expect(text).toContain(prefix);
        expect(marks.some((m) => start.includes(m!.trim()) || m!.includes(start))).toBe(true);
      } else {
        expect(landed.target).toBe(id);
      }
    });
  }
});

describe('filters apply per segment', () => {
  it('a speaker filter keeps only that speaker’s segments', async () => {
    const all = await search({ q: 'AI' });
    const musk = await search({ q: 'AI', speaker: 'elon-musk' });
    expect(musk.ids.length).toBeGreaterThan(0);
    expect(musk.ids.length).toBeLessThan(all.ids.length + 1);
    const who = await ui.page.$$eval('#search-results .search-who', (els) => els.map((e) => e.textContent ?? ''));
    for (const w of who) expect(w).toMatch(/^Elon Musk ·/u);
  });
  it('the original/translation filter shows matches in that text only', async () => {
    await search({ q: 'Optimus', text: 'original' });
    const texts = await ui.page.$$eval('#search-results > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.text));
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set(['original']));
  });
});
