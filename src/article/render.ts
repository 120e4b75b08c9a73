// Article → a post file in the target layout (seed 000_98d7beee95a910ca.txt):
//
//   ---
//   layout: post
//   title: "传好“接力棒” 迈步新征程"
//   date: 2021-12-15 10:03:12 +0800
//   categories: enshiribao
//   tags: 恩施日报新闻
//   ---
//   <p>byline</p>
//    <p>paragraph</p>…<p class="em_media">（文章来源：恩施日报）</p>
//
//   <original url>
//
//   [返回恩施日报新闻](//host/category/enshiribao.html)｜[返回首页](//host/)
//
// A file already in this layout renders back byte-identical (no trailing newline, as in 000).
import { stringify } from "yaml";
import type { Article, Block } from "../types.ts";
import { jekyllDate } from "./dates.ts";
import { escapeHtml } from "./escape-html.ts";

export { escapeHtml };

/** Front matter keys this renderer writes itself, in this order. Other keys from the file follow. */
export const OWN_KEYS = ["layout", "title", "subtitle", "date", "categories", "tags", "author", "credits"] as const;

/** A YAML plain scalar we can write unquoted: letters/digits/CJK, no `: `, ` #`, leading indicator. */
const PLAIN_SCALAR_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}·._\-（）()]*$/u;
/** Plain scalars that YAML (1.1 or 1.2 core, js-yaml) would read as something other than a string. */
const NON_STRING_SCALAR_RE = /^(?:true|false|null|yes|no|on|off|y|n|~|[-+]?(?:\d|\.\d)[\d\w.:+-]*|\.(?:inf|nan))$/i;
/** Characters that would end a markdown link text early in the backlinks line. */
const LINK_TEXT_UNSAFE_RE = /[\[\]\n\r]/g;

export interface RenderOptions {
  /** The site's base URL (`https://finews.withounder.com`); backlinks are written protocol-relative. */
  siteUrl: string;
}


/** A YAML scalar that parses back to exactly `value`. JSON strings are valid YAML double-quoted scalars. */
export function yamlScalar(value: string): string {
  return PLAIN_SCALAR_RE.test(value) && !NON_STRING_SCALAR_RE.test(value.trim()) && value === value.trim()
    ? value
    : JSON.stringify(value);
}

function blockHtml(block: Block): string {
  const text = escapeHtml(block.text);
  if (block.kind === "heading") {
    const level = Math.min(Math.max(block.level ?? 2, 2), 4);
    return `<h${level}>${text}</h${level}>`;
  }
  return `<p>${text}</p>`;
}

/** The source line that ends every body. */
export function sourceLineHtml(source: string): string {
  return `<p class="em_media">（文章来源：${escapeHtml(source)}）</p>`;
}

/**
 * The body as HTML: byline first, paragraphs and headings in order, the source line last,
 * joined as in the target layout (a newline and a space between blocks; the source line glued on).
 */
export function renderBody(a: Pick<Article, "byline" | "blocks" | "source">): string {
  const blocks = a.blocks.filter((b) => b.text.trim() !== "");
  const parts = [...(a.byline ? [`<p>${escapeHtml(a.byline)}</p>`] : []), ...blocks.map(blockHtml)];
  return parts.join("\n ") + (a.source ? sourceLineHtml(a.source) : "");
}

/** `https://example.com/blog/` → `//example.com/blog` (how the target layout writes its backlinks). */
export function protocolRelative(siteUrl: string): string {
  return siteUrl.replace(/^[a-z][a-z0-9+.-]*:/i, "").replace(/\/+$/, "");
}

export function renderBacklinks(a: Pick<Article, "source" | "category">, siteUrl: string): string {
  const base = protocolRelative(siteUrl);
  const home = `[返回首页](${base}/)`;
  if (!a.source || !a.category) return home;
  const name = a.source.replace(LINK_TEXT_UNSAFE_RE, " ");
  return `[返回${name}新闻](${base}/category/${encodeURIComponent(a.category)}.html)｜${home}`;
}

function frontMatter(a: Article): string {
  const lines = ["layout: post"];
  if (a.title !== null) lines.push(`title: ${JSON.stringify(a.title)}`);
  if (a.subtitle) lines.push(`subtitle: ${JSON.stringify(a.subtitle)}`);
  if (a.date) lines.push(`date: ${jekyllDate(a.date)}`);
  if (a.category) lines.push(`categories: ${yamlScalar(a.category)}`);
  if (a.tags.length === 1) lines.push(`tags: ${yamlScalar(a.tags[0])}`);
  else if (a.tags.length > 1) lines.push(`tags: [${a.tags.map((t) => JSON.stringify(t)).join(", ")}]`);
  // The byline paragraph already names the author (as in 000): write the key only when it adds something.
  if (a.author && !(a.byline ?? "").includes(a.author)) lines.push(`author: ${JSON.stringify(a.author)}`);
  if (a.credits.length) {
    lines.push("credits:", ...a.credits.map((c) => `  - { role: ${JSON.stringify(c.role)}, name: ${JSON.stringify(c.name)} }`));
  }
  const extra = Object.fromEntries(
    Object.entries(a.frontMatter).filter(([k]) => !(OWN_KEYS as readonly string[]).includes(k) && k !== "slug"),
  );
  if (a.frontMatter.slug !== undefined) extra.slug = a.frontMatter.slug;
  const rest = Object.keys(extra).length ? stringify(extra, { lineWidth: 0 }).replace(/\n+$/, "") : "";
  return ["---", ...lines, ...(rest ? [rest] : []), "---"].join("\n");
}

/** The whole post file. */
export function renderPost(a: Article, options: RenderOptions): string {
  const parts = [frontMatter(a), renderBody(a)];
  const tail = [...(a.url ? [`<${a.url}>`] : []), renderBacklinks(a, options.siteUrl)];
  return `${parts.join("\n")}\n\n${tail.join("\n\n")}`;
}
