/** Small helpers shared by the unit tests (not a test file itself). */
import { classifyBlocks } from '../../scripts/importer/blocks.ts';
import type { SourceDocument } from '../../scripts/importer/rules/types.ts';

/** A source document as the importer hands it to every rule. */
export function doc(text: string): SourceDocument {
  return { text, blocks: classifyBlocks(text) };
}

/** Apply index-based replacements (as the rules' pure helpers return them) to `text`. */
export function applyRuns(text: string, runs: readonly { index: number; before: string; after: string }[]): string {
  let out = text;
  for (const r of [...runs].sort((a, b) => b.index - a.index)) {
    if (out.slice(r.index, r.index + r.before.length) !== r.before) throw new Error(`run at ${r.index} does not match`);
    out = out.slice(0, r.index) + r.after + out.slice(r.index + r.before.length);
  }
  return out;
}
