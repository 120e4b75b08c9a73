// TEMPORARY stand-in for src/ingest while the engine is being built: reads the target layout
// (front matter + <p> body + <url>) and treats anything else as untitled plain paragraphs.
// Used only by the site tests when the real engine still throws "not implemented".
import { parse } from "yaml";
import type { Article, RawDocument } from "../../../src/types.ts";
import { escapeHtml } from "../../../src/article/render.ts";

const FRONT_MATTER_RE = /^---\n([\s\S]*?)\n---\n?/;
const URL_LINE_RE = /^<(https?:\/\/[^>]+)>$/m;
const HEX_ID_RE = /_([0-9a-f]{16})\.[a-z]+$/;

export function shimIngest(raw: RawDocument): Article {
  const text = new TextDecoder().decode(raw.bytes).replace(/\r\n?/g, "\n");
  const fmMatch = FRONT_MATTER_RE.exec(text);
  const fm = (fmMatch ? parse(fmMatch[1]) : {}) as Record<string, unknown>;
  const rest = fmMatch ? text.slice(fmMatch[0].length) : text;
  const url = URL_LINE_RE.exec(rest)?.[1] ?? null;
  const bodyText = rest.split(/\n\n<http|\n\n\[返回/)[0];
  const body = fmMatch
    ? bodyText.trim()
    : bodyText.split(/\n+/).map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escapeHtml(l)}</p>`).join("\n");
  const source = typeof fm.tags === "string" ? fm.tags.replace(/新闻$/, "") : null;
  return {
    file: raw.path, kind: fmMatch ? "post" : "text", encoding: "utf-8",
    title: typeof fm.title === "string" ? fm.title : null, subtitle: null,
    date: null, source, category: typeof fm.categories === "string" ? fm.categories : null,
    tags: source ? [`${source}新闻`] : [], author: null, byline: null, credits: [], url,
    slug: HEX_ID_RE.exec(raw.path)?.[1] ?? "untitled", blocks: [], body, frontMatter: fm,
    via: { title: "shim", subtitle: "shim", date: "shim", source: "shim", author: "shim", url: "shim", slug: "shim" },
    warnings: [], reports: [],
  };
}
