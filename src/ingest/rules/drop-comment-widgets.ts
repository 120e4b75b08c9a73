// Comment widgets: `评论一下`, `评论 0人参与,0条评论`, `还没有评论,快来抢沙发吧!`, `最热评论`,
// `最新评论`. Short lines that do not end a sentence with 。. Fixture: seed 001.
import type { CleanState } from "../../types.ts";
import { COMMENT_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function isCommentWidget(text: string): boolean {
  return text.length <= MAX_WIDGET_LINE_CHARS && !text.endsWith("。") && COMMENT_RE.test(text);
}

export function dropCommentWidgets(state: CleanState): void {
  dropBlocks(state, "drop-comment-widgets", (b) => isCommentWidget(b.text));
}
