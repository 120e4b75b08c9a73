// One linear pass over the parsed page: which elements are kept (script, style, nav, hidden
// blocks, forms without prose, comments are not), and for each kept element the cached text figures
// that scoring needs (chars, link chars, punctuation), so nothing calls `.text()` in a loop.
// "Dropping" never mutates the tree: a dropped element simply has no stats and is never walked.
import type { AnyNode, Element, ParentNode } from "domhandler";
import {
  BLOCK_TAG_NAMES,
  DROP_TAG_NAMES,
  FORM_TAG_NAME,
  HIDDEN_STYLE_RE,
  IMAGE_TAG_NAMES,
  LANDMARK_TAG_NAMES,
  LINK_TAG_NAME,
} from "./html-patterns.ts";
import { MIN_PARAGRAPH_CHARS } from "./html-thresholds.ts";
import { countChars, countPunct } from "./html-text.ts";

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
  /** `tag id class`, lower case, for the hint regexps. */
  readonly hint: string;
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
  dropped: boolean;
}

export interface PageStats {
  elements: ElementStats[];
  byElement: Map<Element, ElementStats>;
  /** 1-based document order of every kept element and text node (the Block `line`). */
  order: Map<AnyNode, number>;
}

type Frame = { node: AnyNode; parent: number };

/** Walk the page once (iteratively: hostile nesting cannot overflow the stack). */
export function collectStats(root: ParentNode): PageStats {
  const elements: ElementStats[] = [];
  const byElement = new Map<Element, ElementStats>();
  const order = new Map<AnyNode, number>();
  const stack: Frame[] = [];
  pushChildren(stack, root, -1);
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const up = parent >= 0 ? elements[parent] : undefined;
    if (node.type === "text") {
      if (!up) continue;
      order.set(node, order.size + 1);
      addText(elements, up, node.data);
      continue;
    }
    if (node.type !== "tag") continue; // comments, directives, CDATA; script/style have their own types
    const tag = node.name;
    if (isDropped(node, tag, up)) continue;
    const stats = newStats(node, tag, elements.length, parent, up);
    elements.push(stats);
    byElement.set(node, stats);
    order.set(node, order.size + 1);
    pushChildren(stack, node, stats.index);
  }
  sumSubtrees(elements);
  return { elements, byElement, order };
}

function pushChildren(stack: Frame[], node: ParentNode, parent: number): void {
  for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent });
}

function isDropped(el: Element, tag: string, up: ElementStats | undefined): boolean {
  if (DROP_TAG_NAMES.has(tag)) return true;
  if (LANDMARK_TAG_NAMES.has(tag) && !up?.inArticle) return true;
  const style = el.attribs["style"];
  return (style !== undefined && HIDDEN_STYLE_RE.test(style)) || el.attribs["hidden"] !== undefined;
}

function newStats(el: Element, tag: string, index: number, parent: number, up: ElementStats | undefined): ElementStats {
  const isBlock = BLOCK_TAG_NAMES.has(tag);
  return {
    el,
    tag,
    index,
    parent,
    end: index,
    block: isBlock ? index : (up?.block ?? -1),
    inLink: tag === LINK_TAG_NAME || (up?.inLink ?? false),
    inArticle: tag === "article" || tag === "main" || (up?.inArticle ?? false),
    hint: `${tag} ${el.attribs["id"] ?? ""} ${el.attribs["class"] ?? ""}`.toLowerCase(),
    chars: 0,
    linkChars: 0,
    punct: 0,
    images: IMAGE_TAG_NAMES.has(tag) ? 1 : 0,
    prose: 0,
    ownChars: 0,
    ownLinkChars: 0,
    ownPunct: 0,
    dropped: false,
  };
}

function addText(elements: ElementStats[], up: ElementStats, text: string): void {
  const chars = countChars(text);
  if (chars === 0) return;
  const punct = countPunct(text);
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
