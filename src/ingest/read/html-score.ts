// Find the main text container by content density (after mozilla/readability's scoring, in one
// linear pass over the cached figures of html-stats.ts). Every paragraph of real prose (enough
// chars, few links) is worth 1 point + 1 per punctuation mark + 1 per 100 chars (max 3); the
// points go to its parents with decreasing weight; a text container (a `div`/`td` holding
// `<br>`-separated text itself) keeps them too. A candidate's total is scaled by (1 − link
// density) and nudged by class/id words (a small bonus or penalty, never a site's class name).
import { NEGATIVE_HINT_RE, PARAGRAPH_TAG_NAMES, POSITIVE_HINT_RE } from "./html-patterns.ts";
import { hintOf, type ElementStats, type PageStats } from "./html-stats.ts";
import {
  CHARS_PER_POINT,
  CLASS_HINT_POINTS,
  MAX_LENGTH_POINTS,
  MIN_PARAGRAPH_CHARS,
  PARAGRAPH_BASE_POINTS,
  PARAGRAPH_MAX_LINK_DENSITY,
  SCORE_ANCESTOR_LEVELS,
  SIBLING_MIN_POINTS,
  SIBLING_PARAGRAPH_MAX_LINK_DENSITY,
  SIBLING_PARAGRAPH_MIN_CHARS,
  SIBLING_SCORE_RATIO,
  TEXT_CONTAINER_MIN_BREAKS,
} from "./html-thresholds.ts";

export interface MainText {
  /** The winning container. */
  main: ElementStats;
  /** The winner and the siblings that join it, in document order (what html-blocks.ts walks). */
  parts: ElementStats[];
  /** Final score of every scored element, by index (for the siblings and for tests). */
  scores: Float64Array;
}

/**
 * Pick the main container; null when the page has no paragraph of prose at all, or when the
 * document itself wins (a fragment of top-level `<p>`s): then the caller walks everything.
 */
export function findMainText(page: PageStats): MainText | null {
  const { raw, root } = scoreParagraphs(page.elements);
  const scores = new Float64Array(raw.length);
  let best = -1;
  for (const s of page.elements) {
    if (raw[s.index]! <= 0 || s.dropped) continue;
    scores[s.index] = finalScore(s, raw[s.index]!);
    if (best < 0 || scores[s.index]! > scores[best]!) best = s.index;
  }
  if (best < 0 || root > scores[best]!) return null;
  const main = page.elements[best]!;
  return { main, parts: joinSiblings(page.elements, main, scores), scores };
}

/** Class/id hint: +1 positive, −1 negative, 0 both or neither. */
export function hintSign(s: ElementStats): number {
  return (POSITIVE_HINT_RE.test(hintOf(s)) ? 1 : 0) - (NEGATIVE_HINT_RE.test(hintOf(s)) ? 1 : 0);
}

export function linkDensity(s: ElementStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** Raw points per element, and the points that reach the document itself (`root`). */
function scoreParagraphs(elements: ElementStats[]): { raw: Float64Array; root: number } {
  const raw = new Float64Array(elements.length);
  let root = 0;
  for (const s of elements) {
    if (s.dropped || s.ownChars < MIN_PARAGRAPH_CHARS) continue;
    if (s.ownLinkChars / s.ownChars > PARAGRAPH_MAX_LINK_DENSITY) continue;
    // A point for the paragraph itself, one per punctuation mark, one per 100 chars (up to 3).
    const points =
      PARAGRAPH_BASE_POINTS + s.ownPunct + Math.min(Math.floor(s.ownChars / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    // A text container (div/td of <br>-separated lines, or text beside child blocks) is a
    // candidate itself; a <p>, or a <div> that is just one run of text, is a paragraph.
    let level = 0;
    let target = isParagraph(s) ? s.parent : s.index;
    while (level < SCORE_ANCESTOR_LEVELS) {
      // Parent: full points; grandparent: half; further up: a third per level (readability).
      const share = points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (target < 0) {
        root += share;
        break;
      }
      raw[target]! += share;
      target = elements[target]!.parent;
      level++;
    }
  }
  return { raw, root };
}

function isParagraph(s: ElementStats): boolean {
  return PARAGRAPH_TAG_NAMES.has(s.tag) || (s.ownChars === s.chars && s.ownBreaks < TEXT_CONTAINER_MIN_BREAKS);
}

function finalScore(s: ElementStats, raw: number): number {
  return raw * (1 - linkDensity(s)) + CLASS_HINT_POINTS * hintSign(s);
}

/**
 * Siblings join the winner, in order: a twin (same tag and class: the article split around a
 * picture box or a page break) that scores well, or a lone `<p>` of prose. A differently named
 * sibling (a comment box, however wordy) does not.
 */
function joinSiblings(elements: ElementStats[], main: ElementStats, scores: Float64Array): ElementStats[] {
  if (main.parent < 0) return [main];
  const parent = elements[main.parent]!;
  const threshold = Math.max(SIBLING_MIN_POINTS, scores[main.index]! * SIBLING_SCORE_RATIO);
  const parts: ElementStats[] = [];
  for (let i = parent.index + 1; i <= parent.end; i = elements[i]!.end + 1) {
    const sib = elements[i]!;
    if (sib === main) parts.push(sib);
    else if (!sib.dropped && hintSign(sib) >= 0 && ((isTwin(sib, main) && scores[i]! >= threshold) || isProseParagraph(sib))) {
      parts.push(sib);
    }
  }
  return parts;
}

function isTwin(a: ElementStats, b: ElementStats): boolean {
  return a.tag === b.tag && (a.el.attribs["class"] ?? "") === (b.el.attribs["class"] ?? "");
}

/** A lone `<p>` of prose next to the winner (an intro paragraph outside the text div). */
function isProseParagraph(s: ElementStats): boolean {
  return (
    PARAGRAPH_TAG_NAMES.has(s.tag) &&
    s.ownChars >= SIBLING_PARAGRAPH_MIN_CHARS &&
    s.ownPunct > 0 &&
    s.ownLinkChars / s.ownChars <= SIBLING_PARAGRAPH_MAX_LINK_DENSITY
  );
}
