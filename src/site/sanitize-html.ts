// Post bodies reach pages and feeds as raw HTML (`| safe`), so they pass an allowlist first:
// known text-level and block tags survive with a few attributes; scripts, frames, styles,
// event handlers and non-http(s) URLs (javascript:, data:, vbscript:) never do. Unclosed tags are
// closed, so a cut-off scraped body cannot swallow the rest of the page. Regex tokenizer on
// purpose: bodies are small and flat, and a DOM parser per post costs seconds at 10,000 posts.
import { escapeHtml } from "../article/escape-html.ts";

/** Elements dropped together with their content. */
const DROP_WITH_CONTENT = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript", "template", "textarea", "title", "svg", "math", "select", "button", "form", "head"]);
const VOID = new Set(["br", "hr", "img"]);
/** Allowed elements → allowed attributes (besides `class`). */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], h2: [], h3: [], h4: [], h5: [], h6: [], strong: [], b: [], em: [], i: [], u: [], s: [],
  sub: [], sup: [], small: [], span: [], div: [], blockquote: [], pre: [], code: [], ul: [], ol: [], li: [],
  a: ["href", "title"], img: ["src", "alt", "width", "height"], figure: [], figcaption: [],
  table: [], thead: [], tbody: [], tr: [], th: ["colspan", "rowspan"], td: ["colspan", "rowspan"],
};
/** `<h1>` is the page's title; a body's own h1 becomes h2. */
const RENAME: Record<string, string> = { h1: "h2" };
/** Opening one of these closes an open `<p>` (as an HTML parser would). */
const CLOSES_P = new Set(["p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "figure", "pre", "hr"]);
const URL_ATTRS = new Set(["href", "src"]);

const TOKEN_RE = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|>/g;
const ATTR_RE = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const BARE_AMP_RE = /&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)/g;
const CLASS_VALUE_RE = /[^\w -]/g;
const NUMBER_VALUE_RE = /^\d{1,4}$/;
const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);
const CONTROL_OR_SPACE_RE = /[\u0000-\u0020\u007f-\u009f]+/g;
const NUM_ENTITY_RE = /&#(x[0-9a-f]+|\d+);?/gi;

export interface SanitizeOptions {
  /** Rewrites every kept `href`/`src` (after the scheme check); return null to drop the attribute. */
  rewriteUrl?: (url: string, attr: "href" | "src") => string | null;
}

/** An attribute value escaped for a double-quoted attribute (the renderer's escaper does exactly that). */
export const escapeAttr = escapeHtml;

function decodeEntities(value: string): string {
  return value
    .replace(NUM_ENTITY_RE, (_, n: string) => {
      const code = n[0] === "x" || n[0] === "X" ? parseInt(n.slice(1), 16) : parseInt(n, 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    })
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&colon;/gi, ":").replace(/&tab;|&newline;/gi, "").replace(/&amp;/g, "&");
}

/** A URL attribute value that is safe to keep: no scheme, or http/https/mailto. */
export function isSafeUrl(raw: string): boolean {
  const scheme = SCHEME_RE.exec(decodeEntities(raw).replace(CONTROL_OR_SPACE_RE, ""));
  return !scheme || SAFE_SCHEMES.has(scheme[1].toLowerCase());
}

function attributes(tag: string, source: string, options: SanitizeOptions): string {
  const allowed = ALLOWED[tag];
  let out = "";
  let hasAlt = false;
  for (const m of source.matchAll(ATTR_RE)) {
    const name = m[1].toLowerCase();
    let value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
    if (name === "class") {
      value = value.replace(CLASS_VALUE_RE, "").trim();
      if (value) out += ` class="${value}"`;
      continue;
    }
    if (!allowed.includes(name)) continue;
    if (URL_ATTRS.has(name)) {
      if (!isSafeUrl(value)) continue;
      const rewritten = options.rewriteUrl ? options.rewriteUrl(value.trim(), name as "href" | "src") : value.trim();
      if (rewritten === null) continue;
      value = rewritten;
    } else if ((name === "width" || name === "height" || name.endsWith("span")) && !NUMBER_VALUE_RE.test(value)) {
      continue;
    }
    if (name === "alt") hasAlt = true;
    out += ` ${name}="${escapeAttr(value)}"`;
  }
  if (tag === "img" && !hasAlt) out += ' alt=""';
  return out;
}

/**
 * Text with nothing the sanitizer escapes (`<`, `>`, `&`), then a tag it writes back exactly as
 * it is: a lower-case name, no attribute but a clean `class` (one it keeps unchanged: only [\w -],
 * no space at either end). Sticky: one exec reads a text run and the tag after it.
 */
const KEPT_TEXT_AND_TAG_RE = /[^<>&]*<(\/?)([a-z][a-z0-9]*)(?: class="([\w-](?:[\w -]*[\w-])?)")?>/y;
/** Text with nothing the sanitizer escapes, to the end. */
const KEPT_TEXT_TO_END_RE = /[^<>&]*$/y;
/** Allowed elements written with more than the source had (`<img>` gets `alt=""`). */
const NEVER_AS_IS = new Set(["img"]);
/** What the check needs of an element it may keep as is. */
interface KeptElement {
  void: boolean;
  closesP: boolean;
}
/** Allowed, not renamed elements the sanitizer writes as the source has them. */
const KEPT_ELEMENTS = new Map<string, KeptElement>(
  Object.keys(ALLOWED)
    .filter((tag) => !Object.hasOwn(RENAME, tag) && !NEVER_AS_IS.has(tag))
    .map((tag) => [tag, { void: VOID.has(tag), closesP: CLOSES_P.has(tag) }]),
);

/**
 * True when sanitizeHtml would return `html` unchanged, checked in one scan (a scraped body is
 * mostly plain `<p>`, `<h2>` and the source line's `<p class="em_media">`; tokenizing it costs
 * ~40 µs, this check a few). Conservative: anything it does not recognise is false, and the full
 * sanitizer runs. Unchanged means: no `&` and no `>` or `<` outside a tag, every tag one of
 * KEPT_TEXT_AND_TAG_RE's of an allowed, not renamed element, closed in order, nothing the
 * sanitizer would close for it.
 */
export function isKeptAsIs(html: string): boolean {
  const open: string[] = [];
  let pos = 0;
  for (;;) {
    KEPT_TEXT_AND_TAG_RE.lastIndex = pos;
    const m = KEPT_TEXT_AND_TAG_RE.exec(html);
    if (!m) break;
    const tag = m[2];
    const element = KEPT_ELEMENTS.get(tag);
    if (!element) return false;
    if (m[1]) {
      if (m[3] !== undefined || open.pop() !== tag) return false; // dropped, or closes others first
    } else {
      if (element.closesP && open.includes("p")) return false; // an open <p> is closed first
      if (!element.void) open.push(tag);
    }
    pos = KEPT_TEXT_AND_TAG_RE.lastIndex;
  }
  KEPT_TEXT_TO_END_RE.lastIndex = pos;
  return open.length === 0 && KEPT_TEXT_TO_END_RE.test(html);
}

/** Sanitize body HTML (see the header). Text is kept; stray `<`, `>` and bare `&` are escaped. */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  return isKeptAsIs(html) ? html : sanitizeFully(html, options);
}

/** The tokenizing sanitizer (what sanitizeHtml returns whenever isKeptAsIs is false). */
export function sanitizeFully(html: string, options: SanitizeOptions = {}): string {
  const open: string[] = [];
  let out = "";
  let last = 0;
  let dropping: string | null = null;
  const closeTo = (i: number) => {
    while (open.length > i) out += `</${open.pop()}>`;
  };
  for (const m of html.matchAll(TOKEN_RE)) {
    const token = m[0];
    const text = html.slice(last, m.index);
    last = m.index! + token.length;
    if (!dropping) out += text.replace(BARE_AMP_RE, "&amp;");
    const rawName = m[1]?.toLowerCase();
    if (dropping) {
      if (rawName === dropping && token.startsWith("</")) dropping = null;
      continue;
    }
    if (token === "<") { out += "&lt;"; continue; }
    if (token === ">") { out += "&gt;"; continue; }
    if (!rawName) continue; // comment, doctype, processing instruction
    if (DROP_WITH_CONTENT.has(rawName)) {
      if (!token.startsWith("</") && !token.endsWith("/>")) dropping = rawName;
      continue;
    }
    const tag = RENAME[rawName] ?? rawName;
    if (!ALLOWED[tag]) continue;
    if (token.startsWith("</")) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) closeTo(at);
      continue;
    }
    if (CLOSES_P.has(tag)) {
      const p = open.lastIndexOf("p");
      if (p >= 0) closeTo(p);
    }
    out += `<${tag}${attributes(tag, m[2] ?? "", options)}>`;
    if (!VOID.has(tag)) open.push(tag);
  }
  if (!dropping) out += html.slice(last).replace(BARE_AMP_RE, "&amp;");
  closeTo(0);
  return out;
}
