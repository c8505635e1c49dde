/**
 * Times in a transcript's recording: how a segment's start is shown (12:34), linked (a W3C media
 * fragment, `#t=754.5`), cited, and which segment is being spoken at a moment of playback. Pure:
 * the pages, the exports and the browser player (src/client/player.ts) share it.
 */

/** A time in seconds as a clock reading: `m:ss` under an hour, `h:mm:ss` from an hour on (whole seconds, rounded down). */
export function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A time as an ISO 8601 duration (`PT12M34.5S`), the machine-readable value of a <time> element. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 1000) / 1000;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** A seconds value as a media fragment writes it: plain decimal, at most three decimals (`754.5`, never `7.545e2`). */
const npt = (seconds: number) => String(Math.round(seconds * 1000) / 1000);

/**
 * The media fragment of a time span (Media Fragments URI 1.0, temporal dimension, Normal Play Time):
 * `t=754.5` from a start to the end, `t=754.5,801` when the end is known.
 */
export function temporalFragment(start: number, end?: number): string {
  return end !== undefined && end > start ? `t=${npt(start)},${npt(end)}` : `t=${npt(start)}`;
}

/** The recording's URL at a time: the link a reader without JavaScript follows (`…/interview.ogg#t=754.5`). */
export function recordingAt(url: string, start: number): string {
  return `${url.replace(/#.*$/, '')}#${temporalFragment(start)}`;
}

/**
 * The origin a page must allow for media (`media-src`) to play a recording, or undefined when the
 * recording is on this site (a path, or a URL on the site's own origin), which 'self' already allows.
 */
export function recordingOrigin(url: string, site: URL): string | undefined {
  const origin = new URL(url, site).origin;
  return origin === site.origin ? undefined : origin;
}

/**
 * Which of the timed segments is being spoken at time `t`: the last whose start ≤ t (the starts in
 * reading order, each segment lasting until the next one starts). -1 before the first start.
 * Starts out of order are the author's mistake; the search still ends, at the last start ≤ t seen.
 */
export function segmentAt(starts: readonly number[], t: number): number {
  let found = -1;
  for (let i = 0; i < starts.length; i += 1) {
    if (starts[i]! <= t) found = i;
    else break;
  }
  return found;
}

/**
 * Each timed segment's end: the next timed segment's start, or undefined for the last one (it ends
 * with the recording). Untimed segments (no start) are skipped and get no span.
 */
export function segmentSpans<T extends { id: string; start?: number | undefined }>(segments: readonly T[]): Map<string, { start: number; end?: number }> {
  const timed = segments.filter((s): s is T & { start: number } => s.start !== undefined);
  return new Map(timed.map((s, i) => {
    const end = timed[i + 1]?.start;
    return [s.id, end === undefined ? { start: s.start } : { start: s.start, end }];
  }));
}
