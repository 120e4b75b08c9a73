// Metadata hints from the structured places of a page, read before any cleaning (trafilatura
// style: a separate pass): `<meta>` names/properties (og:, article:, gov.cn-style `PubDate`,
// `ContentSource`), JSON-LD, `<time datetime>`, `<title>`, `<link rel=canonical>`.
// One walk over the elements collects them all (no selector scan per field).
// Every list is ordered strongest first; values are plain text; URLs are http(s) only.
import type { AnyNode, Element, ParentNode } from "domhandler";
import type { MetaHints } from "../../types.ts";
import {
  COMMENT_HINT_RE,
  JSONLD_SCRIPT_TYPE_RE,
  META_AUTHOR_KEYS,
  META_DATE_KEYS,
  META_SITE_NAME_KEYS,
  META_SOURCE_KEYS,
  META_TITLE_KEYS,
  META_URL_KEYS,
  SAFE_URL_RE,
} from "./html-patterns.ts";
import { readJsonLd } from "./html-jsonld.ts";
import { toHintText } from "./html-text.ts";

export interface PageMeta {
  hints: MetaHints;
  /** The raw `<title>` (with its site suffix), if any. */
  pageTitle?: string;
}

/** The elements that carry metadata, gathered in one walk. */
interface Gathered {
  meta: Map<string, string[]>;
  titles: string[];
  times: string[];
  canonical: string[];
  jsonLd: string[];
}

export function readMetaHints(root: ParentNode): PageMeta {
  const g = gather(root);
  const ld = readJsonLd(g.jsonLd);
  const pick = (keys: readonly string[]): string[] => keys.flatMap((k) => g.meta.get(k) ?? []);
  const pageTitle = clean(g.titles[0]);
  const hints: MetaHints = {
    title: unique([...pick(META_TITLE_KEYS), ...ld.title, pageTitle ?? ""]),
    date: unique([...pick(META_DATE_KEYS), ...ld.date, ...g.times]),
    source: unique([...pick(META_SOURCE_KEYS), ...ld.source, ...pick(META_SITE_NAME_KEYS)]),
    author: unique([...pick(META_AUTHOR_KEYS), ...ld.author]),
    url: unique([...g.canonical, ...pick(META_URL_KEYS), ...ld.url]).filter((u) => SAFE_URL_RE.test(u)),
  };
  return pageTitle ? { hints, pageTitle } : { hints };
}

/** Drop empty hint lists so that `hints` only names what was found. */
export function compactHints(hints: MetaHints): MetaHints {
  const out: MetaHints = {};
  for (const key of ["title", "date", "source", "author", "url"] as const) {
    const values = hints[key];
    if (values && values.length > 0) out[key] = values;
  }
  return out;
}

export function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const c = clean(v);
    if (c) seen.add(c);
  }
  return [...seen];
}

function gather(root: ParentNode): Gathered {
  const g: Gathered = { meta: new Map(), titles: [], times: [], canonical: [], jsonLd: [] };
  // Parallel stacks: the node, and whether it sits in a comment thread (its <time> is no hint).
  const nodes: AnyNode[] = [...root.children].reverse();
  const inComment: boolean[] = nodes.map(() => false);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const comment = inComment.pop()!;
    if (node.type === "script") {
      if (JSONLD_SCRIPT_TYPE_RE.test(node.attribs["type"] ?? "")) g.jsonLd.push(textOf(node));
      continue;
    }
    if (node.type !== "tag") continue;
    const a = node.attribs;
    const inside = comment || ((a["class"] !== undefined || a["id"] !== undefined) && COMMENT_HINT_RE.test(`${a["id"] ?? ""} ${a["class"] ?? ""}`));
    visitElement(node, g, inside);
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      inComment.push(inside);
    }
  }
  return g;
}

function visitElement(el: Element, g: Gathered, inComment: boolean): void {
  const a = el.attribs;
  switch (el.name) {
    case "meta": {
      // `<meta name|property|itemprop=K content=V>` → K (lower case) → [V…] in page order.
      const key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").trim().toLowerCase();
      const value = a["content"] ?? a["datetime"];
      if (!key || value === undefined) return;
      const list = g.meta.get(key);
      if (list) list.push(value);
      else g.meta.set(key, [value]);
      return;
    }
    case "title":
      g.titles.push(textOf(el));
      return;
    case "link":
      if ((a["rel"] ?? "").toLowerCase().split(/\s+/).includes("canonical") && a["href"]) g.canonical.push(a["href"]);
      return;
    case "time":
      if (a["datetime"] && !inComment) g.times.push(a["datetime"]);
      return;
  }
}

function textOf(el: Element): string {
  return el.children.map((c) => (c.type === "text" ? c.data : "")).join("");
}

function clean(value: string | undefined): string | undefined {
  const text = value === undefined ? "" : toHintText(value);
  return text.length > 0 ? text : undefined;
}
