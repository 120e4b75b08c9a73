// Whitespace inside paragraphs: runs of spaces (also \u3000, NBSP) become one space, and spaces
// next to full-width punctuation go (`村, 先后` → `村，先后` after normalize-punctuation).
// A single space between two Chinese words is kept (`党建文化广场 食用菌产业大棚` names two things).
import type { CleanState } from "../../types.ts";
import { mapText } from "./helpers.ts";

const SPACE_RUN_RE = /[ \t\u3000\u00a0]{2,}|[\t\u3000\u00a0]/g;
const SPACE_AROUND_FULL_PUNCT_RE = / *([，。、；：？！]) */g;
const EDGE_RE = /^\s+|\s+$/g;

export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN_RE, " ").replace(SPACE_AROUND_FULL_PUNCT_RE, "$1").replace(EDGE_RE, "");
}

export function normalizeWhitespace(state: CleanState): void {
  mapText(state, "normalize-whitespace", collapseSpaces);
}
