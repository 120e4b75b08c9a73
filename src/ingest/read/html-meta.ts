// Metadata hints from the structured places of a page, read before any cleaning (trafilatura
// style: a separate pass): `<meta>` names/properties (og:, article:, gov.cn-style `PubDate`,
// `ContentSource`), JSON-LD, `<time datetime>`, `<title>`, `<link rel=canonical>`.
// Every list is ordered strongest first; values are plain text; URLs are http(s) only.
import type { CheerioAPI } from "cheerio";
import type { MetaHints } from "../../types.ts";
import {
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

export function readMetaHints($: CheerioAPI): PageMeta {
  const meta = metaValues($);
  const ld = readJsonLd($);
  const pick = (keys: readonly string[]): string[] => keys.flatMap((k) => meta.get(k) ?? []);
  const pageTitle = clean($("title").first().text());
  const times = $("time[datetime]")
    .toArray()
    .map((el) => el.attribs["datetime"] ?? "");
  const canonical = $('link[rel="canonical"]')
    .toArray()
    .map((el) => el.attribs["href"] ?? "");
  const hints: MetaHints = {
    title: unique([...pick(META_TITLE_KEYS), ...ld.title, pageTitle ?? ""]),
    date: unique([...pick(META_DATE_KEYS), ...ld.date, ...times]),
    source: unique([...pick(META_SOURCE_KEYS), ...ld.source, ...pick(META_SITE_NAME_KEYS)]),
    author: unique([...pick(META_AUTHOR_KEYS), ...ld.author]),
    url: unique([...canonical, ...pick(META_URL_KEYS), ...ld.url]).filter((u) => SAFE_URL_RE.test(u)),
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

/** `<meta name|property|itemprop=K content=V>` → K (lower case) → [V…] in page order. */
function metaValues($: CheerioAPI): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of $("meta").toArray()) {
    const a = el.attribs;
    const key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").trim().toLowerCase();
    const value = a["content"] ?? a["datetime"];
    if (!key || value === undefined) continue;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

function clean(value: string | undefined): string | undefined {
  const text = value === undefined ? "" : toHintText(value);
  return text.length > 0 ? text : undefined;
}
