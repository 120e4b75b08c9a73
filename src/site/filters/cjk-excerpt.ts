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

/** The first `n` code points of `text` (one more than needed tells that it goes on). */
function leadingCodePoints(text: string, n: number): string[] {
  const chars: string[] = [];
  for (const ch of text) {
    if (chars.length === n) break;
    chars.push(ch);
  }
  return chars;
}

export function cjkExcerpt(html: string, maxChars: number = DEFAULT_EXCERPT_CHARS): string {
  // Only as many code points as the cut can use: a body runs to thousands of characters.
  const chars = leadingCodePoints(stripTags(String(html ?? "")).replace(WHITESPACE_RUN_RE, " ").trim(), maxChars + 1);
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
