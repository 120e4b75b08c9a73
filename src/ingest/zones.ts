// Where a block sits in a scraped page: the header zone (masthead, title, date and source lines
// before the first sentence of prose), the body, and the footer zone (after the last prose).
// Shared by the metadata ladders and the cleaning rules, so both agree on the zones.
import type { Block } from "../types.ts";
import { EDITOR_NOTE_RE, LABEL_RUN_RE, SENTENCE_CLOSERS, SENTENCE_ENDERS, SENTENCE_MARK_RE } from "./patterns.ts";
import {
  GAP_SAMPLE_MIN_CHARS,
  LONG_LINE_CHARS,
  MAX_HEADER_BLOCKS,
  MIN_GAP_SAMPLES,
  MIN_PROSE_CHARS,
} from "./thresholds.ts";

/** SENTENCE_END_RE's two sets: a sentence mark, then any closing quotes or brackets. */
const ENDERS: ReadonlySet<string> = new Set(SENTENCE_ENDERS);
const CLOSERS: ReadonlySet<string> = new Set(SENTENCE_CLOSERS);

/**
 * `SENTENCE_END_RE.test(text)` read from the end: the last character that is not a closing quote
 * or bracket is a sentence mark. (The regex, anchored only at the end, is tried at every position
 * of the line; this runs for nearly every line, many times.)
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  return i >= 0 && ENDERS.has(text[i]);
}

/**
 * Prose: a sentence of some length (ends in 。！？), or any long line that is not a run of labels
 * (`X新闻网  微信：…  邮箱：…  投稿热线：…` has no sentence: fixture songling-contact-gbk).
 * Clause punctuation alone does not make prose: titles have `，` and label lines have `：`.
 */
export function isProse(text: string): boolean {
  if (text.length >= LONG_LINE_CHARS) {
    // Most long lines have a 。 (cheap to find); a label run needs colons.
    if (text.includes("。") || !(text.includes("：") || text.includes(":"))) return true;
    return SENTENCE_MARK_RE.test(text) || !LABEL_RUN_RE.test(text);
  }
  return text.length >= MIN_PROSE_CHARS && endsSentence(text);
}

/**
 * Index of the first prose paragraph (the end of the header zone), or the header limit.
 * Editorial framing (`【编者按】…`) above the article does not end the header: the date line
 * may follow it.
 */
export function headerEnd(blocks: readonly Block[]): number {
  const limit = Math.min(blocks.length, MAX_HEADER_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i];
    if (b.kind === "paragraph" && isProse(b.text) && !EDITOR_NOTE_RE.test(b.text)) return i;
  }
  return limit;
}

/**
 * Index of the last prose paragraph, or -1. Blocks after it are the footer zone. Lines for which
 * `isFurniture` holds (a long copyright line) are not prose.
 */
export function lastProse(blocks: readonly Block[], isFurniture: (text: string) => boolean = () => false): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === "paragraph" && isProse(b.text) && !isFurniture(b.text)) return i;
  }
  return -1;
}

/**
 * The usual number of blank lines between paragraphs (the mode over long paragraphs),
 * or null when there are too few long paragraphs to tell.
 */
export function typicalGap(blocks: readonly Block[]): number | null {
  const counts = new Map<number, number>();
  let samples = 0;
  for (const b of blocks) {
    if (b.kind !== "paragraph" || b.text.length < GAP_SAMPLE_MIN_CHARS) continue;
    counts.set(b.gapBefore, (counts.get(b.gapBefore) ?? 0) + 1);
    samples++;
  }
  if (samples < MIN_GAP_SAMPLES) return null;
  let best = 0;
  let bestCount = -1;
  for (const [gap, n] of counts) {
    if (n > bestCount || (n === bestCount && gap < best)) [best, bestCount] = [gap, n];
  }
  return best;
}

const COMPARABLE_SPACE_RE = /[\s\u3000]+/g;
/** Full-width ASCII forms (`，` `：` `（` `Ａ` `１`) and what NFKC makes of each: the ASCII character. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Code units that NFKC leaves as they are and that never combine with a neighbour: printable
 * ASCII but space, Han, `、。`, `〈〉《》「」『』【】`, `‘’“”`, `—`, `·`. (A range test: this runs for
 * every character of most short lines of an article.)
 */
function isNfkcInert(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c > 0x20 && c < 0x7f) ||
    c === 0x3001 ||
    c === 0x3002 ||
    (c >= 0x3008 && c <= 0x3011) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0xb7
  );
}

/** A `\s` or U+3000 code unit (what COMPARABLE_SPACE_RE takes out). */
function isSpaceUnit(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/**
 * Text for comparing lines: no whitespace, punctuation folded to one width — NFKC, then no
 * `\s`/U+3000. Lines made of inert characters, full-width ASCII forms and spaces are folded here
 * (a full-width form is its ASCII character under NFKC); anything else goes through ICU.
 */
export function comparable(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isNfkcInert(c)) continue;
    let folded: string;
    if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) folded = String.fromCharCode(c - FULL_WIDTH_OFFSET);
    else if (isSpaceUnit(c)) folded = "";
    else return text.normalize("NFKC").replace(COMPARABLE_SPACE_RE, "");
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
