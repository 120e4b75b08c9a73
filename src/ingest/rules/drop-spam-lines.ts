// Injected gambling/lottery spam: short lines such as `XX-安全购彩` above the title,
// `XX娱乐-手机版下载` / `XX体育-信誉第一` (a brand and a slogan), or `关注XXag旗舰厅官网` in the
// footer. Matched by the words and shapes spam is made of, never by site names.
// Fixtures: seeds 001, 002.
import type { CleanState } from "../../types.ts";
import { SPAM_BRAND_LINE_RE, SPAM_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function isSpamLine(text: string): boolean {
  return text.length <= MAX_WIDGET_LINE_CHARS && (SPAM_RE.test(text) || SPAM_BRAND_LINE_RE.test(text));
}

export function dropSpamLines(state: CleanState): void {
  dropBlocks(state, "drop-spam-lines", (b) => isSpamLine(b.text));
}
