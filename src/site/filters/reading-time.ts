// `约 3 分钟`: reading time counted in characters, not words (Chinese has no spaces to count).
// A Latin word counts as one character-equivalent… roughly; CJK readers manage ~400 characters/min.
import { stripTags } from "./strip-tags.ts";

/** Reading speed, in CJK characters per minute. */
export const CJK_CHARS_PER_MINUTE = 400;
/** Han, kana, hangul and full-width punctuation each count as one character. */
const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;
/** Runs of Latin letters/digits count as one character each (a word ≈ a character of reading). */
const LATIN_WORD_RE = /[A-Za-z0-9]+/g;

export function readingMinutes(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): number {
  const text = stripTags(String(html ?? ""));
  const count = (text.match(CJK_CHAR_RE)?.length ?? 0) + (text.match(LATIN_WORD_RE)?.length ?? 0);
  return Math.max(1, Math.ceil(count / charsPerMinute));
}

export function readingTime(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): string {
  return `约 ${readingMinutes(html, charsPerMinute)} 分钟`;
}
