// Small helpers the rules share (not a rule).
import type { Block, CleanState } from "../../types.ts";

/** Characters of a block quoted in a report. */
const REPORT_QUOTE_CHARS = 40;

export function quote(text: string): string {
  return text.length > REPORT_QUOTE_CHARS ? `${text.slice(0, REPORT_QUOTE_CHARS)}…` : text;
}

/** Remove the blocks for which `drop` holds, reporting each by line. */
export function dropBlocks(state: CleanState, rule: string, drop: (block: Block, index: number) => boolean): void {
  const kept: Block[] = [];
  state.blocks.forEach((block, i) => {
    if (drop(block, i)) state.report(rule, `line ${block.line}: ${quote(block.text)}`);
    else kept.push(block);
  });
  state.blocks = kept;
}

/** A block that metadata extraction marked (title, date, byline, …) is not the rules' to touch. */
export function isMarked(block: Block): boolean {
  return block.tags?.some((t) => t.startsWith("meta:")) ?? false;
}

/** Rewrite the text of every paragraph/heading, reporting the blocks that changed. */
export function mapText(state: CleanState, rule: string, fn: (text: string) => string): void {
  for (const block of state.blocks) {
    const next = fn(block.text);
    if (next !== block.text) {
      state.report(rule, `line ${block.line}: ${quote(block.text)} → ${quote(next)}`);
      block.text = next;
    }
  }
}
