// Share and QR lines: `扫一扫在手机打开当前页`, `分享到：`, `【打印】【关闭】`. Fixture: seed 002.
import type { CleanState } from "../../types.ts";
import { SHARE_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function isShareLine(text: string): boolean {
  return text.length <= MAX_WIDGET_LINE_CHARS && SHARE_RE.test(text);
}

export function dropShareLines(state: CleanState): void {
  dropBlocks(state, "drop-share-lines", (b) => isShareLine(b.text));
}
