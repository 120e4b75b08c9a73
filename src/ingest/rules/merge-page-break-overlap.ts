// Fragments repeated at a page break: `…习近平新时代中国特色社会主义思想` / `主义思想尤其是…`
// (seed 003). A long paragraph that stops mid-sentence, and the next paragraph starts with the
// characters it ended on (`…纷纷跟着干，` / `纷纷跟着干，全村…`, `…“红色服务队”,深入` / `”,深入果园…`):
// the repeat is removed and the two halves joined.
import type { Block, CleanState } from "../../types.ts";
import { MAX_OVERLAP_CHARS, MIN_OVERLAP_CHARS, MIN_SPLIT_PARAGRAPH_CHARS } from "../thresholds.ts";
import { endsSentence } from "../zones.ts";
import { quote } from "./helpers.ts";

/**
 * What a paragraph cut mid-sentence ends with: a Han character, a digit, a `，`/`、`, or a closing
 * quote or bracket right after a Han character (no sentence end inside it) (`…群众增收的“双赢”` / `“双赢”。`).
 */
const CUT_END_RE = /(?:[\p{Script=Han}\d，,、]|\p{Script=Han}[”’」』）])$/u;
const STARTS_HAN_RE = /^[\p{Script=Han}\d]/u;

/** `a` is a long paragraph that stops mid-sentence: the shape of a page break. */
export function isCut(a: Block): boolean {
  return a.kind === "paragraph" && a.text.length >= MIN_SPLIT_PARAGRAPH_CHARS && !endsSentence(a.text) && CUT_END_RE.test(a.text);
}

/** `a` is cut and `b` carries on with a Han character: the two are one paragraph. */
export function isCutPair(a: Block, b: Block): boolean {
  return isCut(a) && b.kind === "paragraph" && STARTS_HAN_RE.test(b.text);
}

/** Length of the longest end of `a` that `b` starts with (0 when under MIN_OVERLAP_CHARS). */
export function overlapLength(a: string, b: string): number {
  for (let k = Math.min(MAX_OVERLAP_CHARS, a.length, b.length - 1); k >= MIN_OVERLAP_CHARS; k--) {
    if (a.endsWith(b.slice(0, k))) return k;
  }
  return 0;
}

export function mergePageBreakOverlap(state: CleanState): void {
  const out: Block[] = [];
  for (const b of state.blocks) {
    const a = out.at(-1);
    const k = a && isCut(a) && b.kind === "paragraph" ? overlapLength(a.text, b.text) : 0;
    if (a && k > 0) {
      state.report("merge-page-break-overlap", `line ${b.line}: dropped repeated "${b.text.slice(0, k)}", joined to line ${a.line}: ${quote(b.text)}`);
      a.text += b.text.slice(k);
    } else out.push(b);
  }
  state.blocks = out;
}
