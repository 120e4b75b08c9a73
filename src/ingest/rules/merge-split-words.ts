// Words split across lines at a page break: `…“五位一体”全面振` / `兴，打造…` and `…重点` /
// `村倾斜，…` (seed 003). A long paragraph that stops mid-sentence on a Han character, followed
// by a paragraph that starts with one: the two are one paragraph. Runs after the overlap rule.
import type { Block, CleanState } from "../../types.ts";
import { quote } from "./helpers.ts";
import { isCutPair } from "./merge-page-break-overlap.ts";

export function mergeSplitWords(state: CleanState): void {
  const out: Block[] = [];
  for (const b of state.blocks) {
    const a = out.at(-1);
    if (a && isCutPair(a, b)) {
      state.report("merge-split-words", `line ${b.line} joined to line ${a.line}: ${quote(a.text.slice(-8))}|${quote(b.text)}`);
      a.text += b.text;
    } else out.push(b);
  }
  state.blocks = out;
}
