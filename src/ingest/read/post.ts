// A post in the target layout (seed 000): front matter, then `<p>` paragraphs (byline first,
// `<p class="em_media">（文章来源：X）</p>` last), the original URL as `<…>`, the backlinks line.
import type { Block, MetaHints } from "../../types.ts";
import { ANGLE_URL_LINE_RE, BACKLINKS_RE, EM_MEDIA_SOURCE_RE } from "../patterns.ts";
import { trimLine } from "./text.ts";

export interface PostBody {
  blocks: Block[];
  hints: MetaHints;
}

/** Opening tags of paragraph and heading elements; each is closed at the next `</tag>`. */
const OPEN_TAG_RE = /<(p|h[1-6])(\s[^>]*)?>/gi;
const EM_MEDIA_RE = /class\s*=\s*["'][^"']*\bem_media\b/i;
const TAG_RE = /<[^>]*>/g;
/** Elements whose content is code or media, never article text: dropped with their content. */
const INACTIVE_CONTENT_RE = /<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Such an element opened and never closed: everything after it is dropped. */
const UNCLOSED_INACTIVE_RE = /<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select)\b[\s\S]*$/i;
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const BR_RE = /<br\s*\/?>/gi;
const ENTITY_RE = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (m, e: string) => {
    const key = e.toLowerCase();
    if (key in NAMED) return NAMED[key];
    const code = key.startsWith("#x") ? parseInt(key.slice(2), 16) : parseInt(key.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** Inner HTML of one element → plain text. */
function plain(html: string): string {
  return trimLine(decodeEntities(html.replace(BR_RE, " ").replace(TAG_RE, "")));
}

/** Line numbers of offsets in increasing order, counted incrementally (linear in the text). */
function lineCounter(text: string, firstLine: number): (index: number) => number {
  let pos = 0;
  let line = firstLine;
  return (index) => {
    for (let i = text.indexOf("\n", pos); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
    pos = Math.max(pos, index);
    return line;
  };
}

/** Loose lines between elements: the `<url>` line, the backlinks line, or stray text. */
function readLoose(chunk: string, hints: MetaHints, blocks: Block[], line: number): void {
  for (const raw of chunk.split("\n")) {
    const text = trimLine(raw);
    if (!text || BACKLINKS_RE.test(text)) continue;
    const url = ANGLE_URL_LINE_RE.exec(text);
    if (url) (hints.url ??= []).push(url[1]);
    else blocks.push({ kind: "paragraph", text: plain(text), line, gapBefore: 0 });
  }
}

interface Element {
  tag: string;
  attrs: string;
  inner: string;
  start: number;
  end: number;
}

/**
 * `<p …>…</p>` and `<h2>…</h2>` elements in order. Linear: each search starts where the last
 * ended, and an element that is never closed ends the scan (the rest is read as loose text).
 */
function* elements(body: string): Generator<Element> {
  const open = new RegExp(OPEN_TAG_RE.source, "gi");
  const close = { p: /<\/p\s*>/gi, h: /<\/h[1-6]\s*>/gi };
  for (let m = open.exec(body); m; m = open.exec(body)) {
    const tag = m[1].toLowerCase();
    const innerStart = m.index + m[0].length;
    const closeRe = tag === "p" ? close.p : close.h;
    closeRe.lastIndex = innerStart;
    const c = closeRe.exec(body);
    if (!c) return;
    yield { tag, attrs: m[2] ?? "", inner: body.slice(innerStart, c.index), start: m.index, end: c.index + c[0].length };
    open.lastIndex = c.index + c[0].length;
  }
}

/** The body of a post (after its front matter). `firstLine` is the body's line number in the file. */
export function readPostBody(rawBody: string, firstLine: number): PostBody {
  // Keep line numbers: replace dropped markup by its newlines only.
  const keepLines = (m: string): string => m.replace(/[^\n]/g, "");
  const body = rawBody.replace(COMMENT_RE, keepLines).replace(INACTIVE_CONTENT_RE, keepLines).replace(UNCLOSED_INACTIVE_RE, keepLines);
  const blocks: Block[] = [];
  const hints: MetaHints = {};
  const lineAt = lineCounter(body, firstLine);
  let last = 0;
  for (const el of elements(body)) {
    const line = lineAt(el.start);
    readLoose(body.slice(last, el.start), hints, blocks, line);
    last = el.end;
    const text = plain(el.inner);
    if (!text) continue;
    const tag = el.tag;
    if (tag === "p" && EM_MEDIA_RE.test(el.attrs)) {
      const source = EM_MEDIA_SOURCE_RE.exec(text);
      (hints.source ??= []).push(trimLine(source ? source[1] : text.replace(/^[（(]|[）)]$/g, "")));
    } else if (tag === "p") blocks.push({ kind: "paragraph", text, line, gapBefore: 0 });
    else blocks.push({ kind: "heading", level: Number(tag[1]), text, line, gapBefore: 0 });
  }
  readLoose(body.slice(last), hints, blocks, lineAt(last));
  return { blocks, hints };
}

/** The target layout's body: `<p>` elements. */
export function looksLikePostBody(body: string): boolean {
  return /^\s*<p[\s>]/i.test(body);
}
