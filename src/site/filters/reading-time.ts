// `约 3 分钟`: reading time counted in characters, not words (Chinese has no spaces to count).
// CJK readers manage ~400 characters a minute; a run of Latin letters or digits counts as one.
// A plain char-code loop: this runs once per post, on 10,000 posts.
import { stripTags } from "./strip-tags.ts";

/** Reading speed, in CJK characters per minute. */
export const CJK_CHARS_PER_MINUTE = 400;
/** Code points from here up (CJK radicals, kana, Han, hangul, full-width forms…) count as one each. */
const FIRST_CJK_CODE = 0x2e80;

function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Characters of reading in plain text: CJK characters plus Latin/digit runs. */
export function countReadingChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its high half
    const word = isLatinOrDigit(code);
    if (word && !inWord) count++;
    else if (code >= FIRST_CJK_CODE) count++;
    inWord = word;
  }
  return count;
}

export function readingMinutes(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countReadingChars(stripTags(String(html ?? ""))) / charsPerMinute));
}

export function readingTime(html: string, charsPerMinute: number = CJK_CHARS_PER_MINUTE): string {
  return `约 ${readingMinutes(html, charsPerMinute)} 分钟`;
}
