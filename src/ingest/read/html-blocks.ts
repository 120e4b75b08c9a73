// The main container → Blocks in reading order (innerText-like, after hast-util-to-text):
// every block-level element starts a new block, `<br>` ends a line, `h1`–`h6` become heading
// blocks, images are dropped (a short line right after a standalone image is tagged `caption`),
// and link lists,
// chrome-named widgets (share bars, related news, comments) inside the container are skipped.
//
// gapBefore in HTML: 1 = a new block element, 0 = after one `<br>`, n = after n+1 `<br>`s.
// line: the source line of the block's first visible character (for reports).
import type { AnyNode, Element, Text } from "domhandler";
import type { Block } from "../../types.ts";
import {
  BLOCK_TAG_NAMES,
  BREAK_TAG_NAME,
  BYLINE_LINE_RE,
  CAPTION_TAG_NAMES,
  HEADING_TAG_RE,
  IMAGE_TAG_NAMES,
  LIST_TAG_NAMES,
} from "./html-patterns.ts";
import { hintSign, linkDensity } from "./html-score.ts";
import type { ElementStats, PageStats } from "./html-stats.ts";
import { toBlockText, unwrapCjk } from "./html-text.ts";
import {
  CAPTION_MAX_CHARS,
  PRUNE_KEEP_PUNCT_SHARE,
  PRUNE_LINK_DENSITY,
  PRUNE_LIST_LINK_DENSITY,
} from "./html-thresholds.ts";

export interface EmitOptions {
  /** Elements whose subtree is not emitted (the headline, which is returned as `title`). */
  skip?: ReadonlySet<Element>;
  /** Prune link lists and chrome-named widgets (off for the header zone's own lines). */
  prune?: boolean;
  /** Only the element's own inline text: do not descend into child blocks. */
  inlineOnly?: boolean;
}

type Step = { node: AnyNode; exit: false } | { node: Element; exit: true };

/** Emit the blocks of `parts` (the container and its joined siblings), in document order. */
export function emitBlocks(parts: readonly ElementStats[], page: PageStats, options: EmitOptions = {}): Block[] {
  const out = new BlockWriter();
  for (const part of parts) walk(part, page, out, options);
  out.boundary(1);
  return out.blocks;
}

function walk(root: ElementStats, page: PageStats, out: BlockWriter, options: EmitOptions): void {
  const stack: Step[] = [{ node: root.el, exit: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      out.leave(step.node);
      continue;
    }
    const node = step.node;
    if (node.type === "text") {
      out.text(node, page);
      continue;
    }
    if (node.type !== "tag") continue;
    const s = page.byElement.get(node);
    if (!s || s.dropped || options.skip?.has(node)) continue;
    if (node.name === BREAK_TAG_NAME) out.boundary(0);
    else if (IMAGE_TAG_NAMES.has(node.name)) out.image();
    if (s !== root && BLOCK_TAG_NAMES.has(s.tag)) {
      if (options.inlineOnly) continue;
      if (options.prune && isChrome(s, root)) continue;
    }
    out.enter(node);
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
}

/** A link list or a chrome-named widget inside the container (unless it holds the prose). */
function isChrome(s: ElementStats, root: ElementStats): boolean {
  if (s.chars > 0 && linkDensity(s) > (LIST_TAG_NAMES.has(s.tag) ? PRUNE_LIST_LINK_DENSITY : PRUNE_LINK_DENSITY)) {
    return true;
  }
  return hintSign(s) < 0 && s.punct <= root.punct * PRUNE_KEEP_PUNCT_SHARE;
}

/** Accumulates inline text and cuts it into blocks at block boundaries and `<br>`. */
class BlockWriter {
  readonly blocks: Block[] = [];
  #buf = "";
  #line = 0;
  #gap = 0;
  #heading = 0;
  #captionDepth = 0;
  #afterImage = false;

  text(node: Text, page: PageStats): void {
    if (!/\S/.test(this.#buf)) this.#line = page.lineOf(node);
    this.#buf += unwrapCjk(node.data);
  }

  enter(el: Element): void {
    if (!BLOCK_TAG_NAMES.has(el.name)) return;
    this.boundary(1);
    const level = HEADING_TAG_RE.exec(el.name);
    if (level) this.#heading = Number(level[1]);
    if (CAPTION_TAG_NAMES.has(el.name)) this.#captionDepth++;
  }

  leave(el: Element): void {
    if (!BLOCK_TAG_NAMES.has(el.name)) return;
    this.boundary(1);
    if (HEADING_TAG_RE.test(el.name)) this.#heading = 0;
    if (CAPTION_TAG_NAMES.has(el.name)) this.#captionDepth--;
  }

  /** An image that starts a line (not one inside a sentence) may be followed by its caption. */
  image(): void {
    if (!/\S/.test(this.#buf)) this.#afterImage = true;
  }

  /** End the current line: `gap` 1 at a block edge, 0 at a `<br>` (repeated `<br>`s add up). */
  boundary(gap: 0 | 1): void {
    const text = this.#buf.length > 0 ? toBlockText(this.#buf) : "";
    this.#buf = "";
    if (text.length === 0) {
      this.#gap = gap === 0 ? this.#gap + 1 : Math.max(this.#gap, 1);
      return;
    }
    const block: Block = { kind: this.#heading ? "heading" : "paragraph", text, line: this.#line, gapBefore: this.#gap };
    if (this.#heading) block.level = this.#heading;
    const belowImage = this.#afterImage && text.length <= CAPTION_MAX_CHARS && !BYLINE_LINE_RE.test(text);
    if (this.#captionDepth > 0 || belowImage) block.tags = ["caption"];
    this.#afterImage = false;
    this.blocks.push(block);
    this.#gap = gap;
  }
}
