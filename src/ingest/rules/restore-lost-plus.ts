// `+` lost in scraping (it was URL-decoded to a space): `5 1行动` → `5+1行动`, `“1 3”计划` →
// `“1+3”计划`, `“党建 ”` → `“党建+”` (seed 001), `“互联网 农业”` → `“互联网+农业”`. Only between
// digits inside Chinese text, before a closing quote, and between short words inside quotes.
import type { CleanState } from "../../types.ts";
import { mapText } from "./helpers.ts";

/** `5 1` between Chinese text, quotes or the line's edges (not `2021 12` in Latin text). */
const DIGIT_SPACE_DIGIT_RE = /(?<=^|[\p{Script=Han}“”"「」（(])(\d{1,2}) (\d{1,2})(?=[\p{Script=Han}“”"「」）)]|$)/gu;
/** `“党建 ”`: a word, a space, the closing quote. */
const SPACE_BEFORE_CLOSE_QUOTE_RE = /(“[\p{Script=Han}A-Za-z0-9]{1,10}) ”/gu;
/** `“互联网 农业”`, `“猕猴桃 电商”`: short words joined by single spaces inside quotes (a model name). */
const QUOTED_COMPOUND_RE = /“[\p{Script=Han}A-Za-z0-9]{1,6}(?: [\p{Script=Han}A-Za-z0-9]{1,6})+”/gu;

/** What each pattern needs at least (cheap tests: most lines with a space have none of them). */
const DIGIT_SPACE_DIGIT_HINT_RE = /\d \d/;
const QUOTE_SPACE_HINT_RE = /“[^”]* /;

export function restorePlus(text: string): string {
  if (!text.includes(" ")) return text;
  const digits = DIGIT_SPACE_DIGIT_HINT_RE.test(text) ? text.replace(DIGIT_SPACE_DIGIT_RE, "$1+$2") : text;
  if (!QUOTE_SPACE_HINT_RE.test(digits)) return digits;
  return digits
    .replace(SPACE_BEFORE_CLOSE_QUOTE_RE, "$1+”")
    .replace(QUOTED_COMPOUND_RE, (q) => q.replaceAll(" ", "+"));
}

export function restoreLostPlus(state: CleanState): void {
  mapText(state, "restore-lost-plus", restorePlus);
}
