// The TypeScript modules scripts/corrections-update.mjs needs, loaded in one go through Vite's
// module runner, so that the script reads transcripts and applies the guard exactly as the build does.
export { parseTranscriptBody } from '../src/lib/transcript-body';
export { annotationFileSchema } from '../src/schemas/annotation';
export { correctionSchema } from '../src/schemas/correction';
export { describeIssue } from '../src/lib/schema-issues';
export { guardProblems, parsePublished, publishedPath, serializePublished, updatePublished } from '../src/lib/published';
export { shortSha256 } from '../src/data/digest';
export { positionIn, segmentAt, yamlItemAt } from '../src/lib/position';
