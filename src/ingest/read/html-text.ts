// Text helpers of the HTML reader: counting, collapsing whitespace, and making sure that what
// leaves the reader is plain text (never markup, never a script URL), whatever the page held.
import {
  CJK_WRAP_G_RE,
  EVENT_HANDLER_G_RE,
  PUNCT_G_RE,
  SCRIPT_URL_G_RE,
  SPACE_G_RE,
  TAG_LIKE_G_RE,
} from "./html-patterns.ts";

/** Non-whitespace characters of `text` (the "chars" unit of html-thresholds.ts). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, FF, NBSP, ideographic space, zero-width space, BOM
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0xa0 && c !== 0x3000 && c !== 0x200b && c !== 0xfeff) n++;
  }
  return n;
}

/** Sentence punctuation marks of `text` (`，。；！？、：`). */
export function countPunct(text: string): number {
  PUNCT_G_RE.lastIndex = 0;
  let n = 0;
  while (PUNCT_G_RE.exec(text) !== null) n++;
  return n;
}

/** Is code unit `c` one of PUNCT_G_RE's characters `，。；！？、：,;` (test: html-reader-fast-paths)? */
function isPunctUnit(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0xff1a || c === 0x2c || c === 0x3b;
}

/**
 * countChars and countPunct of a text node in one pass (the page walk asks both of every text
 * node; one loop over the characters instead of a loop and a regex match per mark).
 */
export function countCharsAndPunct(text: string): { chars: number; punct: number } {
  let chars = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, FF, NBSP, ideographic space, zero-width space, BOM (as countChars)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff) continue;
    chars++;
    if (isPunctUnit(c)) punct++;
  }
  return { chars, punct };
}

/**
 * Raw text of one line → the text of a Block: script-ish fragments removed, whitespace runs
 * collapsed to one space (`&nbsp;` and `\u3000` indentation included), trimmed.
 */
export function toBlockText(raw: string): string {
  return stripHostile(raw).replace(SPACE_G_RE, " ").trim();
}

/**
 * One text node: a source line wrap between two CJK characters is removed (CSS Text's
 * segment-break rule), so `党建\n引领` inside one paragraph reads `党建引领`. Whitespace between
 * two elements (`</span>\n<span>`) is a separate text node and stays a space.
 */
export function unwrapCjk(data: string): string {
  return data.includes("\n") ? data.replace(CJK_WRAP_G_RE, "$1") : data;
}

/**
 * A value from an attribute or JSON-LD → hint text. A value that holds markup or a script URL is
 * not a title, date or name that a CMS wrote: it is dropped whole (""), not half-cleaned.
 */
export function toHintText(raw: string): string {
  const text = toBlockText(raw);
  return stripHostile(raw) === raw ? text : "";
}

/** Passes of stripHostile: removing one fragment can expose another (`<scr<script>ipt>`). */
const MAX_STRIP_PASSES = 4;

/** Remove tag-like text (`&lt;script&gt;` decoded), `javascript:` URLs and `onerror=` handlers. */
export function stripHostile(text: string): string {
  let out = text;
  for (let pass = 0; pass < MAX_STRIP_PASSES; pass++) {
    if (!out.includes("<") && !out.includes(":") && !out.includes("=")) return out;
    const next = out.replace(TAG_LIKE_G_RE, "").replace(SCRIPT_URL_G_RE, "").replace(EVENT_HANDLER_G_RE, "");
    if (next === out) return out;
    out = next;
  }
  // Still changing after MAX_STRIP_PASSES: drop every angle bracket so nothing tag-like remains.
  return out.replace(/[<>]/g, " ");
}
