// Half-width punctuation in Chinese text → full-width: `,`→`，` `:`→`：` `;`→`；` `?`→`？`
// `!`→`！` and `(…)`→`（…）`, when the mark touches Chinese text. Never inside URLs, numbers
// (`1,000`, `3.5`), times (`10:03`) or Latin text (`Hello, world`). `.` is never touched.
// Fixtures: seeds 001, 002, 003, 004 (all half-width).
import type { CleanState } from "../../types.ts";
import { URL_RE } from "../patterns.ts";
import { mapText } from "./helpers.ts";

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };
/** Han, CJK punctuation, full-width forms and curly quotes: what makes a neighbour "Chinese". */
const CJK_RE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
const MARK_RE = /[,:;?!]/g;
const PAREN_PAIR_RE = /\(([^()\n]{1,80})\)/g;
const DIGIT_RE = /\d/;
/** A quick test: nothing to do without a half-width mark. */
const ANY_MARK_RE = /[,:;?!()]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
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
  return marks.replace(PAREN_PAIR_RE, (pair, inner: string, i: number) => {
    const touches = isCjk(marks[i - 1]) || isCjk(inner[0]) || isCjk(inner.at(-1)) || isCjk(marks[i + pair.length]);
    return touches ? `（${inner}）` : pair;
  });
}

/** Full-width punctuation in Chinese text, URLs left alone. */
export function fullWidthPunctuation(text: string): string {
  if (!ANY_MARK_RE.test(text)) return text;
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
