/** A transcript's recording in its exports: the JSON and the Web Annotation collection. */
import { describe, expect, it } from 'vitest';
import { assembleTranscript } from '../../src/lib/assemble';
import { transcriptExport } from '../../src/lib/export';
import { webAnnotations } from '../../src/lib/web-annotation';
import { annotationSchema } from '../../src/schemas/annotation';
import type { Speaker } from '../../src/schemas/speaker';
import type { Source } from '../../src/schemas/source';
import type { TranscriptMeta } from '../../src/schemas/transcript';

// Fictional content, for tests only.
const speakers = new Map<string, Speaker>([['ada-lin', { id: 'ada-lin', name: { en: 'Ada Lin', 'zh-Hant': '林艾達' }, role: { en: 'r', 'zh-Hant': 'r' }, kind: 'person' }]]);
const source: Source = { id: 'a-source', title: 'T', publisher: 'P', url: 'https://example.org/a', provenance: 'seen', type: 'secondary', language: 'en' } as Source;
const body = `<Section id="part" original="一" translation="One">

<Segment id="untimed-line" speaker="ada-lin" kind="quote">
<Original>開始之前。</Original>
<Translation>Before it starts.</Translation>
</Segment>

<Segment id="first-line" speaker="ada-lin" kind="quote" start="754.5">
<Original>第一句。</Original>
<Translation>The first line.</Translation>
</Segment>

<Segment id="second-line" speaker="ada-lin" kind="quote" start="801">
<Original>第二句。</Original>
<Translation>The second line.</Translation>
</Segment>

</Section>`;
const meta = {
  slug: 'demo', title: { en: 'Demo', 'zh-Hant': '示範' }, summary: { en: 's', 'zh-Hant': 's' }, event: { name: 'E' }, date: new Date('2026-03-14'),
  place: { en: 'p', 'zh-Hant': 'p' }, speakers: ['ada-lin'], sourceDocument: { publisher: { en: 'p', 'zh-Hant': 'p' }, author: 'a', url: 'https://example.org/r', language: 'zh-Hant' },
  originalLanguage: 'zh-Hant', translationLanguage: 'en', translationNote: { en: 't', 'zh-Hant': 't' },
} as TranscriptMeta;
const note = annotationSchema.parse({ id: 'lines-note', segments: ['first-line', 'second-line', 'untimed-line'], kind: 'context', title: { en: 't', 'zh-Hant': 't' }, body: { en: 'b', 'zh-Hant': 'b' }, sources: ['a-source'] });
const site = new URL('https://interlinear.example/');
const build = (recording?: TranscriptMeta['recording']) =>
  assembleTranscript({ meta: { ...meta, ...(recording && { recording }) }, file: 'content/transcripts/demo.mdx', body, speakers, sources: new Map([['a-source', source]]), annotationFiles: [{ file: 'n.yaml', annotations: [note] }] });

describe('exports of a transcript with a recording', () => {
  const t = build({ url: 'https://media.example.org/demo.ogg', type: 'audio/ogg' });

  it('the JSON names the recording and gives each timed segment its start and its URL in the recording', () => {
    const data = transcriptExport(t, site);
    expect(data.recording).toEqual({ url: 'https://media.example.org/demo.ogg', type: 'audio/ogg' });
    expect(data.segments.map((s) => [s.id, s.start, s.recordingAt])).toEqual([
      ['untimed-line', undefined, undefined],
      ['first-line', 754.5, 'https://media.example.org/demo.ogg#t=754.5'],
      ['second-line', 801, 'https://media.example.org/demo.ogg#t=801'],
    ]);
  });

  it('a site path is exported as an absolute URL', () => {
    const data = transcriptExport(build({ url: '/media/demo.ogg', type: 'audio/ogg' }), site);
    expect(data.recording?.url).toBe('https://interlinear.example/media/demo.ogg');
    expect(data.segments[1]!.recordingAt).toBe('https://interlinear.example/media/demo.ogg#t=754.5');
  });

  it('the Web Annotation targets each timed segment in the recording with a Media Fragments selector', () => {
    const [item] = webAnnotations(t, site, new Map([['a-source', source]])).first.items as { target: { source: string; format?: string; selector: unknown }[] }[];
    const media = item!.target.filter((x) => x.source === 'https://media.example.org/demo.ogg');
    expect(media).toEqual([
      { source: 'https://media.example.org/demo.ogg', format: 'audio/ogg', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=754.5,801' } },
      { source: 'https://media.example.org/demo.ogg', format: 'audio/ogg', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=801' } },
    ]);
    // The page targets are still there, two per segment (Chinese and English).
    expect(item!.target.length).toBe(3 * 2 + 2);
  });
});

describe('exports of a transcript without a recording', () => {
  it('carry no times, even where segments have a start', () => {
    const t = build();
    const data = transcriptExport(t, site);
    expect(data).not.toHaveProperty('recording');
    expect(data.segments.every((s) => !('start' in s))).toBe(true);
    const [item] = webAnnotations(t, site, new Map([['a-source', source]])).first.items as { target: { source: string }[] }[];
    expect(item!.target.every((x) => x.source.startsWith('https://interlinear.example/'))).toBe(true);
  });
});
