// Plain page text (seeds 001, 002, 004) and markdown-ish text with `#` headings (seed 003) → blocks.
// One block per non-blank line; `gapBefore` keeps how many blank lines preceded it, because the
// gap structure is what tells a photo caption or a page break from a paragraph.
import type { Block } from "../../types.ts";

const HEADING_RE = /^(#{1,6})[ \t\u3000]+(.*?)[ \t#]*$/;
/** Leading/trailing whitespace including ideographic spaces, NBSP and zero-width spaces. */
const EDGE_SPACE_RE = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g;
/** Markdown emphasis/escapes that carry no meaning in a news paragraph. */
const MD_EMPHASIS_RE = /(\*\*|__)(.+?)\1/g;
/** A markdown blockquote marker (`> 为了护好一库清水…`). */
const MD_QUOTE_RE = /^(?:>\s?)+/;
/** A markdown list marker (`- `, `* `, `+ `, `1. `) before an item's text. */
const MD_LIST_RE = /^(?:[-*+]|\d{1,2}[.)])[ \t\u3000]+(?=\S)/;
/** In plain text only bullets count, and only in a run (a lone `- ` may be a dash). */
const TEXT_LIST_RE = /^[-*+][ \t\u3000]+(?=\S)/;
/** A `* * *` rule is no list item. */
const MD_RULE_RE = /^(?:[-*_]\s*){3,}$/;
/** Consecutive bullet lines that make a list in plain text. */
const MIN_TEXT_LIST_ITEMS = 2;

/** The one character of EDGE_SPACE_RE that String.prototype.trim (exactly `\s`) keeps. */
const ZERO_WIDTH_SPACE = "\u200b";

export function trimLine(line: string): string {
  // Without a zero-width space EDGE_SPACE_RE is `\s` at both ends, which is what trim() takes.
  return line.includes(ZERO_WIDTH_SPACE) ? line.replace(EDGE_SPACE_RE, "") : line.trim();
}

/** Split text into line blocks; with `markdown`, `#` lines become heading blocks. */
export function readLines(text: string, markdown: boolean, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = trimLine(lines[i]);
    if (!line) {
      gap++;
      continue;
    }
    const h = markdown ? HEADING_RE.exec(line) : null;
    if (h && trimLine(h[2])) {
      blocks.push({ kind: "heading", level: h[1].length, text: trimLine(h[2]), line: firstLine + i, gapBefore: gap });
    } else {
      const body = markdown ? trimLine(line.replace(MD_QUOTE_RE, "").replace(MD_EMPHASIS_RE, "$2")) : line;
      if (!body) {
        gap++;
        continue;
      }
      blocks.push({ kind: "paragraph", text: body, line: firstLine + i, gapBefore: gap });
    }
    gap = 0;
  }
  stripListMarkers(blocks, markdown);
  return blocks;
}

/**
 * `- 建成基地3000亩…` → `建成基地3000亩…` (tagged "list-item"): every list item in markdown, and runs
 * of MIN_TEXT_LIST_ITEMS or more bullet lines in plain text.
 */
function stripListMarkers(blocks: Block[], markdown: boolean): void {
  const re = markdown ? MD_LIST_RE : TEXT_LIST_RE;
  const isItem = (b: Block | undefined) => b !== undefined && b.kind === "paragraph" && re.test(b.text) && !MD_RULE_RE.test(b.text);
  for (let i = 0; i < blocks.length; i++) {
    if (!isItem(blocks[i])) continue;
    let end = i;
    while (isItem(blocks[end + 1])) end++;
    if (markdown || end - i + 1 >= MIN_TEXT_LIST_ITEMS) {
      for (let j = i; j <= end; j++) {
        blocks[j].text = trimLine(blocks[j].text.replace(re, ""));
        blocks[j].tags = [...(blocks[j].tags ?? []), "list-item"];
      }
    }
    i = end;
  }
}

/** Markdown-ish: at least one `#` heading line. */
export function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}[ \t\u3000]+\S/m.test(text);
}
