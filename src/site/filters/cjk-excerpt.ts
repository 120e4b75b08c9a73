// A short plain-text excerpt of an HTML body for lists and meta descriptions: tags stripped first
// (so never cut mid-tag), cut after the last sentence end (。！？) within the limit, else at the
// limit with an ellipsis; counted in code points, so a surrogate pair is never split.
import { stripTags } from "./strip-tags.ts";

/** Default length of an excerpt, in characters (code points). */
export const DEFAULT_EXCERPT_CHARS = 120;
/** A cut at a sentence end is kept only if it keeps at least this share of the limit. */
const MIN_SENTENCE_SHARE = 0.4;
const SENTENCE_END_RE = /[。！？!?]/u;
const WHITESPACE_RUN_RE = /\s+/gu;
const ELLIPSIS = "……";
/** Code points at the end of a cut-off start's text that may differ from the whole text's (see leadingPlainText). */
const CUT_TAIL = 16;
/** HTML read per code point wanted, first: room for tags and markup around the text. */
const HTML_UNITS_PER_CHAR = 4;

/** The first `n` code points of `text` (one more than needed tells that it goes on). */
function leadingCodePoints(text: string, n: number): string[] {
  const chars: string[] = [];
  for (const ch of text) {
    if (chars.length === n) break;
    chars.push(ch);
  }
  return chars;
}

/** The plain text an excerpt is cut from: tags stripped, white space runs made one space. */
function plainText(html: string): string {
  return stripTags(html).replace(WHITESPACE_RUN_RE, " ").trim();
}

/**
 * The first `n` code points of plainText(html), mostly read from the start of `html` only: a body
 * runs to thousands of characters, an excerpt to ~120. The text of a cut-off start is the whole
 * text's start but for its last few code points: what the cut splits is either removed to the end
 * (a tag, comment or script cut in two) or left as a few characters of its own (`<!-`, `&nbsp`, a
 * space run not yet collapsed with what follows), fewer than CUT_TAIL. So when the cut-off text
 * holds CUT_TAIL code points more than asked, its first `n` are the whole text's; else the whole
 * body is read. (test/site/filters/strip-tags.test.ts checks this against the whole-body excerpt.)
 */
function leadingPlainText(html: string, n: number): string[] {
  const enough = n + CUT_TAIL;
  const cut = enough * HTML_UNITS_PER_CHAR;
  if (html.length > cut) {
    const chars = leadingCodePoints(plainText(html.slice(0, cut)), enough);
    if (chars.length === enough) return chars.slice(0, n);
  }
  return leadingCodePoints(plainText(html), n);
}

export function cjkExcerpt(html: string, maxChars: number = DEFAULT_EXCERPT_CHARS): string {
  const chars = leadingPlainText(String(html ?? ""), maxChars + 1);
  if (chars.length <= maxChars) return chars.join("");
  let cut = -1;
  for (let i = maxChars - 1; i >= 0; i--) {
    if (SENTENCE_END_RE.test(chars[i])) {
      cut = i + 1;
      break;
    }
  }
  if (cut >= maxChars * MIN_SENTENCE_SHARE) return chars.slice(0, cut).join("");
  return chars.slice(0, maxChars).join("").trimEnd() + ELLIPSIS;
}
