// Related-news lists after the article: a `相关新闻` / `【相关阅读】` / `推荐阅读` / `延伸阅读：`
// heading and the short lines under it (`· 某县：木耳产业助农增收`, `• …`, `▪ …`, or bare titles),
// up to the next prose paragraph; and any run of bullet lines in the footer zone (after the
// last prose; markdown items lost their marker in the reader and are tagged "list-item"). A bulleted list inside the article (items that are sentences) stays.
// Fixtures: qinghe-spam-suffix-text, longxi-masthead-twoline, jinchuan-portal-tails,
// lanping-markdown-rules, nanxi-logo-h1-html, yunhe-html-related.
import type { CleanState } from "../../types.ts";
import { BULLET_ITEM_RE, RELATED_HEADING_RE } from "../patterns.ts";
import { MAX_CONTACT_LINE_CHARS } from "../thresholds.ts";
import { endsSentence, headerEnd, isProse, lastProse } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

/** A list line: short, and not a sentence. */
function isListLine(text: string): boolean {
  return text.length <= MAX_CONTACT_LINE_CHARS && !isProse(text) && !endsSentence(text);
}

export function dropRelatedLinks(state: CleanState): void {
  const blocks = state.blocks;
  const drop = new Set<number>();
  for (let i = headerEnd(blocks); i < blocks.length; i++) {
    if (!RELATED_HEADING_RE.test(blocks[i].text)) continue;
    drop.add(i);
    for (let j = i + 1; j < blocks.length && isListLine(blocks[j].text); j++) drop.add(j);
  }
  const last = lastProse(blocks);
  for (let i = last + 1; i < blocks.length; i++) {
    const bullet = BULLET_ITEM_RE.test(blocks[i].text) || blocks[i].tags?.includes("list-item") === true;
    if (bullet && isListLine(blocks[i].text)) drop.add(i);
  }
  if (drop.size > 0) dropBlocks(state, "drop-related-links", (_b, i) => drop.has(i));
}
