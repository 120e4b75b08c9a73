// One linear pass over the parsed page: which elements are kept (script, style, nav, hidden
// blocks, forms without prose, comments are not), and for each kept element the cached text
// figures that scoring needs (chars, link chars, punctuation), so nothing calls `.text()` in a loop.
// "Dropping" never mutates the tree: a dropped element simply has no stats and is never walked.
import type { AnyNode, Element, ParentNode, Text } from "domhandler";
import {
  BLOCK_TAG_NAMES,
  BREAK_TAG_NAME,
  DROP_TAG_NAMES,
  FORM_TAG_NAME,
  HIDDEN_STYLE_RE,
  IMAGE_TAG_NAMES,
  LANDMARK_TAG_NAMES,
  LINK_TAG_NAME,
} from "./html-patterns.ts";
import { MIN_PARAGRAPH_CHARS } from "./html-thresholds.ts";
import { countCharsAndPunct } from "./html-text.ts";

/** Cached figures of one kept element. Counts are in chars (non-whitespace characters). */
export interface ElementStats {
  readonly el: Element;
  readonly tag: string;
  /** Position in `PageStats.elements` (document order). */
  readonly index: number;
  /** Index of the parent element, -1 at the top. */
  readonly parent: number;
  /** Index of the last descendant: the subtree is `index..end`. */
  end: number;
  /** Nearest block-level ancestor-or-self (its inline text is "owned" by that block), or -1. */
  readonly block: number;
  readonly inLink: boolean;
  readonly inArticle: boolean;
  /** `tag id class`, lower case, for the hint regexps (see hintOf; computed on first use). */
  hint: string | undefined;
  /** Whole subtree. */
  chars: number;
  linkChars: number;
  punct: number;
  images: number;
  /** Prose paragraphs in the subtree (own text ≥ MIN_PARAGRAPH_CHARS with punctuation). */
  prose: number;
  /** Inline text whose nearest block is this element (a paragraph's own text). */
  ownChars: number;
  ownLinkChars: number;
  ownPunct: number;
  /** `<br>`s in the element's own inline text (a `<td>` of `<br>`-separated paragraphs has many). */
  ownBreaks: number;
  dropped: boolean;
}

export interface PageStats {
  elements: ElementStats[];
  byElement: Map<Element, ElementStats>;
  /** 1-based source line of a text node's first visible character, 0 when unknown. */
  lineOf(node: Text): number;
}

// Tag classes, looked up once per element (one Map read instead of a Set per question).
const DROP = 1;
const LANDMARK = 2;
const BLOCK = 4;
const LINK = 8;
const IMAGE = 16;
const ARTICLE = 32;
const BREAK = 64;
const TAG_CLASSES: ReadonlyMap<string, number> = buildTagClasses();

function buildTagClasses(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (names: Iterable<string>, bit: number): void => {
    for (const n of names) map.set(n, (map.get(n) ?? 0) | bit);
  };
  add(DROP_TAG_NAMES, DROP);
  add(LANDMARK_TAG_NAMES, LANDMARK);
  add(BLOCK_TAG_NAMES, BLOCK);
  add([LINK_TAG_NAME], LINK);
  add(IMAGE_TAG_NAMES, IMAGE);
  add(["article", "main"], ARTICLE);
  add([BREAK_TAG_NAME], BREAK);
  return map;
}

/** `tag id class` in lower case, computed once per element and only when asked. */
export function hintOf(s: ElementStats): string {
  s.hint ??= `${s.tag} ${s.el.attribs["id"] ?? ""} ${s.el.attribs["class"] ?? ""}`.toLowerCase();
  return s.hint;
}

/** Walk the page once (iteratively: hostile nesting cannot overflow the stack). */
export function collectStats(root: ParentNode, source: string): PageStats {
  const elements: ElementStats[] = [];
  const byElement = new Map<Element, ElementStats>();
  const nodes: AnyNode[] = [];
  const parents: number[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    nodes.push(root.children[i]!);
    parents.push(-1);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    const up = parent >= 0 ? elements[parent] : undefined;
    if (node.type === "text") {
      if (up) addText(elements, up, node.data);
      continue;
    }
    if (node.type !== "tag") continue; // comments, directives, CDATA; script/style have their own types
    const classes = TAG_CLASSES.get(node.name) ?? 0;
    if (isDropped(node, classes, up)) continue;
    const stats = newStats(node, classes, elements.length, parent, up);
    elements.push(stats);
    byElement.set(node, stats);
    if (classes & BREAK && up && up.block >= 0) elements[up.block]!.ownBreaks++;
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      parents.push(stats.index);
    }
  }
  sumSubtrees(elements);
  return { elements, byElement, lineOf: lineIndex(source) };
}

/** Offset → 1-based line number, by binary search over the newline offsets (built on first use). */
function lineIndex(source: string): (node: Text) => number {
  let breaks: number[] | undefined;
  return (node) => {
    if (node.startIndex === null) return 0;
    const offset = node.startIndex + Math.max(0, node.data.search(/\S/));
    if (!breaks) {
      breaks = [];
      for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) breaks.push(i);
    }
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function isDropped(el: Element, classes: number, up: ElementStats | undefined): boolean {
  if (classes & DROP) return true;
  if (classes & LANDMARK && !up?.inArticle) return true;
  const style = el.attribs["style"];
  return (style !== undefined && HIDDEN_STYLE_RE.test(style)) || el.attribs["hidden"] !== undefined;
}

function newStats(el: Element, classes: number, index: number, parent: number, up: ElementStats | undefined): ElementStats {
  return {
    el,
    tag: el.name,
    index,
    parent,
    end: index,
    block: classes & BLOCK ? index : (up?.block ?? -1),
    inLink: (classes & LINK) !== 0 || (up?.inLink ?? false),
    inArticle: (classes & ARTICLE) !== 0 || (up?.inArticle ?? false),
    hint: undefined,
    chars: 0,
    linkChars: 0,
    punct: 0,
    images: classes & IMAGE ? 1 : 0,
    prose: 0,
    ownChars: 0,
    ownLinkChars: 0,
    ownPunct: 0,
    ownBreaks: 0,
    dropped: false,
  };
}

function addText(elements: ElementStats[], up: ElementStats, text: string): void {
  const { chars, punct } = countCharsAndPunct(text);
  if (chars === 0) return;
  up.chars += chars;
  up.punct += punct;
  if (up.inLink) up.linkChars += chars;
  const owner = up.block >= 0 ? elements[up.block]! : undefined;
  if (!owner) return;
  owner.ownChars += chars;
  owner.ownPunct += punct;
  if (up.inLink) owner.ownLinkChars += chars;
}

/** Children come after their parent in document order: one reverse sweep sums every subtree. */
function sumSubtrees(elements: ElementStats[]): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    const s = elements[i]!;
    if (s.dropped) continue;
    if (s.ownChars >= MIN_PARAGRAPH_CHARS && s.ownPunct > 0) s.prose++;
    // A form without prose is a comment/search/login form; ASP.NET pages wrap everything in one.
    if (s.tag === FORM_TAG_NAME && s.prose === 0) {
      for (let j = s.index; j <= s.end; j++) elements[j]!.dropped = true;
      continue;
    }
    if (s.parent < 0) continue;
    const p = elements[s.parent]!;
    p.chars += s.chars;
    p.linkChars += s.linkChars;
    p.punct += s.punct;
    p.images += s.images;
    p.prose += s.prose;
    if (s.end > p.end) p.end = s.end;
  }
}
