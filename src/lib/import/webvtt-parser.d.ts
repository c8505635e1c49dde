/** Types for webvtt-parser (it ships none): only the parts the import reads. */
declare module 'webvtt-parser' {
  interface CueNode { type: 'text' | 'object'; name?: string; value?: string; children?: CueNode[] }
  interface Cue { id: string; startTime: number; endTime: number; text: string; tree: { children: CueNode[] } }
  interface ParseResult { cues: Cue[]; errors: { message: string; line: number; col: number }[] }
  class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult;
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
  export type { CueNode, Cue, ParseResult };
}
