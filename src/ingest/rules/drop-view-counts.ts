// View counts: `33849阅读`, `阅读：1024`, `浏览次数 12`. Short lines only. Fixture: seed 004.
import type { CleanState } from "../../types.ts";
import { VIEW_COUNT_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function dropViewCounts(state: CleanState): void {
  dropBlocks(state, "drop-view-counts", (b) => b.text.length <= MAX_WIDGET_LINE_CHARS && VIEW_COUNT_RE.test(b.text));
}
