// Short tails of a paragraph split across lines (a page break, a split word): `…其中脱贫户3100余`
// / `户。`, `…做到积分标准公开、积分` / `事项公开、评分过程公开、兑换结果公开。`. A long paragraph
// that stops mid-sentence, followed by a short block that completes it (ends a sentence), is one
// paragraph. Joined early, before the caption rule could take the tail for a caption and the
// split-word rule glue the head onto the next real paragraph. A page-break repeat at the seam is
// removed. Fixtures: linfeng-breadcrumb-text, qinghe-spam-suffix-text, jinchuan-portal-tails.
import type { Block, CleanState } from "../../types.ts";
import { MAX_TAIL_CHARS } from "../thresholds.ts";
import { endsSentence } from "../zones.ts";
import { quote } from "./helpers.ts";
import { isCut, overlapLength } from "./merge-page-break-overlap.ts";

/** What a tail starts with: a Han character, a digit, or the punctuation that ends a clause. */
const TAIL_START_RE = /^[\p{Script=Han}\d、，。”’」』）]/u;

/** `b` is a short block that completes the cut paragraph `a`. */
export function isContinuation(a: Block, b: Block): boolean {
  return (
    isCut(a) &&
    b.kind === "paragraph" &&
    b.text.length <= MAX_TAIL_CHARS &&
    endsSentence(b.text) &&
    // A tail starts where the sentence left off, or repeats its last characters (`“双赢”。`).
    (TAIL_START_RE.test(b.text) || overlapLength(a.text, b.text) > 0) &&
    !b.tags?.includes("caption")
  );
}

export function mergeContinuations(state: CleanState): void {
  const out: Block[] = [];
  for (const b of state.blocks) {
    const a = out.at(-1);
    if (a && isContinuation(a, b)) {
      const k = overlapLength(a.text, b.text);
      state.report("merge-continuations", `line ${b.line} joined to line ${a.line}: ${quote(a.text.slice(-8))}|${quote(b.text)}`);
      a.text += b.text.slice(k);
    } else out.push(b);
  }
  state.blocks = out;
}
