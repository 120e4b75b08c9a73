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

export function trimLine(line: string): string {
  return line.replace(EDGE_SPACE_RE, "");
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
  return blocks;
}

/** Markdown-ish: at least one `#` heading line. */
export function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}[ \t\u3000]+\S/m.test(text);
}
