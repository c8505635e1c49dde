import { describe, expect, it } from 'vitest';
import { clock, isoDuration, recordingAt, recordingOrigin, segmentAt, segmentSpans, temporalFragment } from '../../src/lib/recording';
import { apaInText, segmentItem } from '../../src/lib/citations';
import type { TranscriptMeta } from '../../src/schemas/transcript';
import type { Speaker } from '../../src/schemas/speaker';
import { segmentSchema } from '../../src/schemas/segment';
import { recordingSchema } from '../../src/schemas/transcript';

describe('times in a recording', () => {
  it('reads as a clock: m:ss under an hour, h:mm:ss from an hour, whole seconds', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(4)).toBe('0:04');
    expect(clock(754.5)).toBe('12:34');
    expect(clock(3600)).toBe('1:00:00');
    expect(clock(3723.9)).toBe('1:02:03');
  });
  it('is an ISO 8601 duration for <time datetime>', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(754.5)).toBe('PT12M34.5S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(3723)).toBe('PT1H2M3S');
  });
  it('links with a Media Fragments temporal fragment, replacing any fragment the URL had', () => {
    expect(temporalFragment(754.5)).toBe('t=754.5');
    expect(temporalFragment(8, 12)).toBe('t=8,12');
    expect(temporalFragment(8, 8)).toBe('t=8');
    expect(temporalFragment(1 / 3)).toBe('t=0.333');
    expect(recordingAt('/media/a.ogg', 754.5)).toBe('/media/a.ogg#t=754.5');
    expect(recordingAt('https://media.example.org/a.mp3#t=3', 12)).toBe('https://media.example.org/a.mp3#t=12');
  });
  it('needs media-src only for a recording on another origin', () => {
    const site = new URL('https://interlinear.example/');
    expect(recordingOrigin('/media/a.ogg', site)).toBeUndefined();
    expect(recordingOrigin('https://interlinear.example/media/a.ogg', site)).toBeUndefined();
    expect(recordingOrigin('https://media.example.org/x/a.ogg', site)).toBe('https://media.example.org');
    expect(recordingOrigin('//media.example.org/a.ogg', site)).toBe('https://media.example.org');
  });
  it('finds the segment being spoken: the last whose start ≤ t, until the next starts', () => {
    const starts = [0, 4, 8, 12];
    expect(segmentAt(starts, 0)).toBe(0);
    expect(segmentAt(starts, 3.99)).toBe(0);
    expect(segmentAt(starts, 4)).toBe(1);
    expect(segmentAt(starts, 11.5)).toBe(2);
    expect(segmentAt(starts, 500)).toBe(3);
    expect(segmentAt([2, 4], 1)).toBe(-1);
    expect(segmentAt([], 1)).toBe(-1);
  });
  it('gives each timed segment a span ending where the next timed one starts', () => {
    const spans = segmentSpans([{ id: 'a', start: 0 }, { id: 'h' }, { id: 'b', start: 4 }, { id: 'c', start: 9.5 }]);
    expect([...spans]).toEqual([['a', { start: 0, end: 4 }], ['b', { start: 4, end: 9.5 }], ['c', { start: 9.5 }]]);
  });
});

describe('the recording and start fields', () => {
  const seg = { id: 'a', speaker: 'x', kind: 'quote', original: '中', translation: 'e' };
  it('start is seconds, read from the attribute string; negative or non-numeric is refused with the fix', () => {
    expect(segmentSchema.parse({ ...seg, start: '754.5' }).start).toBe(754.5);
    expect(segmentSchema.parse(seg).start).toBeUndefined();
    expect(segmentSchema.safeParse({ ...seg, start: '-1' }).error?.issues[0]?.message).toContain('start="754.5"');
    expect(segmentSchema.safeParse({ ...seg, start: '12:34' }).success).toBe(false);
  });
  it('a recording is a path on the site or an https file URL, with an audio/ or video/ media type', () => {
    expect(recordingSchema.safeParse({ url: '/media/a.ogg', type: 'audio/ogg' }).success).toBe(true);
    expect(recordingSchema.safeParse({ url: 'https://media.example.org/a.mp4', type: 'video/mp4' }).success).toBe(true);
    expect(recordingSchema.safeParse({ url: 'http://media.example.org/a.mp4', type: 'video/mp4' }).success).toBe(false);
    expect(recordingSchema.safeParse({ url: 'javascript:alert(1)', type: 'audio/ogg' }).success).toBe(false);
    expect(recordingSchema.safeParse({ url: '/media/a.ogg', type: 'text/html' }).error?.issues[0]?.message).toContain('audio/ogg');
  });
});

describe('APA cites a quote from a recording with its time', () => {
  const meta = {
    slug: 'fictional', title: { 'zh-Hant': '虛構', en: 'Fictional' }, event: { name: 'A fictional event' }, date: new Date('2026-03-14'),
    place: { 'zh-Hant': '某處', en: 'Somewhere' }, sourceDocument: { publisher: { 'zh-Hant': '虛構週報', en: 'Fictional Weekly' }, author: '虛構記者', url: 'https://example.org/f', language: 'zh-Hant' },
    originalLanguage: 'zh-Hant',
    translationLanguage: 'en',
  } as unknown as TranscriptMeta;
  const speakers = new Map<string, Speaker>([['ada-lin', { id: 'ada-lin', name: { en: 'Ada Lin', 'zh-Hant': '林艾達' }, role: { en: 'r', 'zh-Hant': 'r' }, kind: 'person' }]]);
  it('in the text: (Author, year, time), written by citeproc from APA\'s style', () => {
    const item = segmentItem({ id: 'q', original: '中文', translation: 'English', speaker: 'ada-lin' }, { meta, speakers, site: new URL('https://interlinear.example/') });
    expect(apaInText(item, '12:34')).toBe('(Lin, 2026, 12:34)');
    expect(apaInText(item, '1:02:03')).toBe('(Lin, 2026, 1:02:03)');
  }, 30_000);
});
