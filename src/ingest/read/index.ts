// Stage 2: decoded text → InputKind + Block[] (+ metadata hints, front matter).
//   post      front matter + `<p>` body (the target layout, seed 000)
//   html      a saved web page (read by ./html.ts: main text found by content density)
//   markdown  text with `#` headings (seed 003)
//   text      plain page text (seeds 001, 002, 004)
import type { Block, InputKind, MetaHints } from "../../types.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { readHtml } from "./html.ts";
import { looksLikePostBody, readPostBody } from "./post.ts";
import { looksLikeMarkdown, readLines } from "./text.ts";

export interface ReadResult {
  kind: InputKind;
  blocks: Block[];
  hints: MetaHints;
  /** The file's own front matter keys ({} when none). */
  frontMatter: Record<string, unknown>;
  /** The headline the reader found in structure (HTML `<h1>`), if any. */
  title?: string;
  warnings: string[];
}

/** A page, not a fragment: a doctype/html/head/body tag at the start. */
const HTML_START_RE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const TAG_RE = /<\/?(?:div|p|span|a|table|td|tr|ul|li|section|article|script|style|meta|link|br|img|h[1-6])\b[^>]*>/gi;
/** So many structural tags that the text is markup, not prose with a stray `<`. */
const MIN_HTML_TAGS = 8;
/** Share of the characters inside tags above which tag-heavy text is HTML. */
const MIN_TAG_CHAR_RATIO = 0.15;

export function looksLikeHtml(text: string): boolean {
  if (HTML_START_RE.test(text)) return true;
  let tags = 0;
  let tagChars = 0;
  for (const m of text.matchAll(TAG_RE)) {
    tags++;
    tagChars += m[0].length;
  }
  return tags >= MIN_HTML_TAGS && tagChars / text.length >= MIN_TAG_CHAR_RATIO;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Read decoded text into blocks. Never throws for any string. */
export function read(text: string, file: string): ReadResult {
  const fm = splitFrontMatter(text, file);
  const firstLine = 1 + countLines(text.slice(0, text.length - fm.body.length));
  const base = { frontMatter: fm.data, warnings: fm.warnings };
  if (fm.present && looksLikePostBody(fm.body)) {
    const { blocks, hints } = readPostBody(fm.body, firstLine);
    return { kind: "post", blocks, hints, ...base };
  }
  if (looksLikeHtml(fm.body)) {
    const page = readHtml(fm.body, file);
    return { kind: "html", blocks: page.blocks, hints: page.hints, title: page.title, ...base };
  }
  const markdown = looksLikeMarkdown(fm.body);
  return { kind: markdown ? "markdown" : "text", blocks: readLines(fm.body, markdown, firstLine), hints: {}, ...base };
}
