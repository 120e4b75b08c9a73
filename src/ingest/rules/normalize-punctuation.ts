// Half-width punctuation in Chinese text → full-width: `,`→`，` `:`→`：` `;`→`；` `?`→`？`
// `!`→`！` and `(…)`→`（…）`, when the mark touches Chinese text. Never inside URLs, numbers
// (`1,000`, `3.5`), times (`10:03`) or Latin text (`Hello, world`). `.` is never touched.
// A half-width `<…>` around Chinese text (a title nested in 《》: `《贯彻落实<2021年度…方案>任务
// 责任清单》`) becomes `〈…〉` (fixture songling-contact-gbk); `<http…>` and `a<b` stay.
// Fixtures: seeds 001, 002, 003, 004 (all half-width).
import type { CleanState } from "../../types.ts";
import { URL_RE } from "../patterns.ts";
import { mapText } from "./helpers.ts";

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
/** Code point ranges of Han, CJK punctuation, full-width forms, curly quotes, `…` and `—`. */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x2014, 0x2014],
  [0x2018, 0x201d],
  [0x2026, 0x2026],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];
const MARK_RE = /[,:;?!]/g;
const PAREN_PAIR_RE = /\(([^()\n]{1,80})\)/g;
const ANGLE_PAIR_RE = /<([^<>\n]{1,80})>/g;
const HAN_CHAR_RE = /\p{Script=Han}/u;
const DIGIT_RE = /\d/;
/** A quick test: nothing to do without a half-width mark. */
const ANY_MARK_RE = /[,:;?!()<]/;
/** What every URL_RE match starts with (a quick test before splitting the text at URLs). */
const URL_START_RE = /https?:\/\/|www\./i;

/** What makes a neighbour "Chinese" (a code-range test: this runs for every mark of every paragraph). */
function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0xd840 && c <= 0xd87f) return true; // Han extensions B–G (surrogate pairs)
  for (const [lo, hi] of CJK_RANGES) if (c >= lo && c <= hi) return true;
  return false;
}

/** The next character that is not a space. */
function nextSolid(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && (text[j] === " " || text[j] === "\u00a0")) j++;
  return text[j];
}

function fixSegment(text: string): string {
  const marks = text.replace(MARK_RE, (mark, i: number) => {
    const prev = text[i - 1];
    const next = text[i + 1];
    if ((mark === "," || mark === ":") && DIGIT_RE.test(prev ?? "") && DIGIT_RE.test(next ?? "")) return mark;
    return isCjk(prev) || isCjk(nextSolid(text, i + 1)) ? FULL[mark] : mark;
  });
  const parens = marks.replace(PAREN_PAIR_RE, (pair, inner: string, i: number) => {
    const touches = isCjk(marks[i - 1]) || isCjk(inner[0]) || isCjk(inner.at(-1)) || isCjk(marks[i + pair.length]);
    return touches ? `（${inner}）` : pair;
  });
  if (!parens.includes("<")) return parens;
  return parens.replace(ANGLE_PAIR_RE, (pair, inner: string, i: number) => {
    const touches = isCjk(parens[i - 1]) || isCjk(parens[i + pair.length]);
    return touches && HAN_CHAR_RE.test(inner) ? `〈${inner}〉` : pair;
  });
}

/** Full-width punctuation in Chinese text, URLs left alone. */
export function fullWidthPunctuation(text: string): string {
  if (!ANY_MARK_RE.test(text)) return text;
  if (!URL_START_RE.test(text)) return fixSegment(text);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    out += fixSegment(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + fixSegment(text.slice(last));
}

export function normalizePunctuation(state: CleanState): void {
  mapText(state, "normalize-punctuation", fullWidthPunctuation);
}
