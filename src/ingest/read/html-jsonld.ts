// JSON-LD (`<script type="application/ld+json">`): headline, datePublished, publisher, author and
// url of the page's Article/NewsArticle objects (also inside `@graph` and arrays). A block that
// is not valid JSON is skipped: it is a hint source, never a reason to fail a page.
import { JSONLD_ARTICLE_TYPE_RE } from "./html-patterns.ts";

export interface JsonLdHints {
  title: string[];
  date: string[];
  source: string[];
  author: string[];
  url: string[];
}

/** Objects nested deeper than this are not visited (a hostile page cannot recurse us away). */
const MAX_JSONLD_DEPTH = 6;

/** The text of each `<script type="application/ld+json">` → hints. */
export function readJsonLd(scripts: readonly string[]): JsonLdHints {
  const out: JsonLdHints = { title: [], date: [], source: [], author: [], url: [] };
  for (const text of scripts) {
    const parsed = parseJson(text);
    if (parsed !== undefined) visit(parsed, out, 0);
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // Broken JSON-LD is common (trailing commas, raw newlines): the page is read without it.
    if (!(error instanceof SyntaxError)) throw error;
    return undefined;
  }
}

function visit(node: unknown, out: JsonLdHints, depth: number): void {
  if (depth > MAX_JSONLD_DEPTH || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (Array.isArray(obj["@graph"])) visit(obj["@graph"], out, depth + 1);
  const type = ([] as unknown[]).concat(obj["@type"] ?? []).join(" ");
  if (!JSONLD_ARTICLE_TYPE_RE.test(type)) return;
  out.title.push(...strings(obj["headline"]), ...strings(obj["name"]));
  out.date.push(...strings(obj["datePublished"]), ...strings(obj["dateCreated"]));
  out.source.push(...names(obj["publisher"]), ...names(obj["sourceOrganization"]));
  out.author.push(...names(obj["author"]), ...names(obj["creator"]));
  out.url.push(...strings(obj["url"]), ...names(obj["mainEntityOfPage"], "@id"));
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** `"X"`, `{name: "X"}`, or an array of them. */
function names(value: unknown, key = "name"): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((v) =>
    typeof v === "string" ? [v] : v !== null && typeof v === "object" ? strings((v as Record<string, unknown>)[key]) : [],
  );
}
