// Injected gambling/lottery spam: short lines such as `XX-安全购彩` above the title or
// `关注XXag旗舰厅官网` in the footer. Matched by the words spam is made of, never by site names.
// Fixtures: seeds 001, 002.
import type { CleanState } from "../../types.ts";
import { SPAM_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function isSpamLine(text: string): boolean {
  return text.length <= MAX_WIDGET_LINE_CHARS && SPAM_RE.test(text);
}

export function dropSpamLines(state: CleanState): void {
  dropBlocks(state, "drop-spam-lines", (b) => isSpamLine(b.text));
}
