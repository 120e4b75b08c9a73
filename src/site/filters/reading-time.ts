// `约 3 分钟`: reading time counted in characters, not words (Chinese has no spaces to count).
// CJK readers manage ~400 characters a minute; a run of Latin letters or digits counts as one.
// A plain char-code loop: this runs once per post, on 10,000 posts, over the body's text where it
// lies in the HTML (strip-tags.ts's textRuns), not a stripped copy.
import { BLOCK_END_SPACE, stripTags, textRuns } from "./strip-tags.ts";

/** Reading speed, in CJK characters per minute. */
export const CJK_CHARS_PER_MINUTE = 400;
/** Code points from here up (CJK radicals, kana, Han, hangul, full-width forms…) count as one each. */
const FIRST_CJK_CODE = 0x2e80;
const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Characters of reading in the ranges `runs` of `text` read as one text (textRuns' ranges: a
 * body's text without building it), a BLOCK_END_SPACE range being a space.
 */
function countReadingCharsIn(text: string, runs: readonly number[]): number {
  let count = 0;
  let inWord = false;
  for (let r = 0; r < runs.length; r += 2) {
    if (runs[r] === BLOCK_END_SPACE) {
      inWord = false; // what a space does below
      continue;
    }
    for (let i = runs[r], end = runs[r + 1]; i < end; i++) {
      const code = text.charCodeAt(i);
      // CJK first: most of a body (a low surrogate is counted with its high half).
      if (code >= FIRST_CJK_CODE) {
        if (code < LOW_SURROGATE_FIRST || code > LOW_SURROGATE_LAST) {
          count++;
          inWord = false;
        }
        continue;
      }
      const word = isLatinOrDigit(code);
      if (word && !inWord) count++;
      inWord = word;
    }
  }
  return count;
}

/** Characters of reading in plain text: CJK characters plus Latin/digit runs. */
export function countReadingChars(text: string): number {
  return countReadingCharsIn(text, [0, text.length]);
}

/** Characters of reading in HTML: its text counted where it lies when no entity must be decoded first. */
function countHtmlReadingChars(html: string): number {
  const runs = html.includes("&") ? null : textRuns(html);
  return runs ? countReadingCharsIn(html, runs) : countReadingChars(stripTags(html));
}

export function readingMinutes(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countHtmlReadingChars(String(html ?? "")) / charsPerMinute));
}

export function readingTime(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): string {
  return `约 ${readingMinutes(html, charsPerMinute)} 分钟`;
}
