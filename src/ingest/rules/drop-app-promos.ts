// App-promotion lines after the headline: `下载X融媒客户端，看更多本地新闻`, `下载X APP`,
// `打开X客户端`, `X客户端下载`, whatever the site's name (fixtures xianfeng-bracket-masthead-text,
// minle-markdown-lists, hongya-gbk-meta-date-html). Not in the header zone, where such words may be
// a headline (`打开APP就能办社保`), and never a sentence (`村民打开APP就能查询。`).
import type { CleanState } from "../../types.ts";
import { APP_PROMO_RE } from "../patterns.ts";
import { MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";
import { endsSentence, headerEnd } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

export function isAppPromo(text: string): boolean {
  return text.length <= MAX_WIDGET_LINE_CHARS && !endsSentence(text) && APP_PROMO_RE.test(text);
}

export function dropAppPromos(state: CleanState): void {
  const start = headerEnd(state.blocks);
  dropBlocks(state, "drop-app-promos", (b, i) => i >= start && b.kind === "paragraph" && isAppPromo(b.text));
}
