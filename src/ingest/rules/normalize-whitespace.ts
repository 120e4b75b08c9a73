// Whitespace inside paragraphs: runs of spaces (also \u3000, NBSP) become one space, and spaces
// next to full-width punctuation go (`村, 先后` → `村，先后` after normalize-punctuation).
// A single space between two Chinese words is kept (`党建文化广场 食用菌产业大棚` names two things).
import type { CleanState } from "../../types.ts";
import { mapText } from "./helpers.ts";

const SPACE_RUN_RE = /[ \t\u3000\u00a0]{2,}|[\t\u3000\u00a0]/g;
const SPACE_AROUND_FULL_PUNCT_RE = / +(?=[，。、；：？！])|(?<=[，。、；：？！]) +/g;
/** Nothing to do without one of these (most Chinese paragraphs have no space at all). */
const ANY_SPACE_RE = /[\s\u3000\u00a0]/;

export function collapseSpaces(text: string): string {
  if (!ANY_SPACE_RE.test(text)) return text;
  return text.replace(SPACE_RUN_RE, " ").replace(SPACE_AROUND_FULL_PUNCT_RE, "").trim();
}

export function normalizeWhitespace(state: CleanState): void {
  mapText(state, "normalize-whitespace", collapseSpaces);
}
