// Empties a project copy's corpus so another set of transcripts can take its place (the split-build
// test's fixture corpus, the benchmark's synthetic one). Besides the transcripts, their annotations
// and ids, every file that names the real transcript goes too: its source text, its published-text
// record (content/ids/), the corrections log's entries and the predictions' segments. What stays
// (speakers, sources, settings, pages) names no transcript.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Leaves `dir`'s content/ with no transcript and nothing that refers to one. */
export function emptyCorpus(dir) {
  for (const d of ['content/transcripts', 'content/annotations', 'content/ids', 'content/source-texts']) {
    rmSync(join(dir, d), { recursive: true, force: true });
    mkdirSync(join(dir, d), { recursive: true });
  }
  // The corrections log names the real transcript's segments and annotations.
  writeFileSync(join(dir, 'content/corrections.yaml'), '[]\n');
  const predictions = join(dir, 'content/data/predictions.yaml');
  writeFileSync(predictions, readFileSync(predictions, 'utf8').replace(/segments: \[[^\]]*\]/g, 'segments: []'));
}
