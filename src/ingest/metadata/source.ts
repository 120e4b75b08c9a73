// Source (publication) ladder: the post layout's `（文章来源：X）` line → front matter
// (`source`, `tags: X新闻`) → a label (`来源：《湘西工作》2021/1` → 湘西工作) → HTML meta → the
// dateline (`消费质量网讯(…)` → 消费质量网, `新华社北京3月5日电`) → a known publication on a
// header line → the footer: a known publication in it (seed 001: 云上竹山), the name in a
// follow-us block, a copyright holder. Names resolve through the registry (aliases →
// canonical). Never a `《X》` mentioned in the prose (seed 003's 《十堰日报》). None → null + warning.
import type { Found } from "../../types.ts";
import { findPublication, findPublicationIn } from "../../article/publications.ts";
import {
  AGENCY_DATELINE_RE,
  DATELINE_RE,
  FOLLOW_RE,
  FOOTER_RE,
  NOT_A_SOURCE_RE,
  SOURCE_LABEL_RE,
  SPAM_RE,
} from "../patterns.ts";
import { DATELINE_PROSE_BLOCKS, MAX_SOURCE_CHARS, MAX_WIDGET_LINE_CHARS, MIN_SOURCE_CHARS } from "../thresholds.ts";
import { isProse } from "../zones.ts";
import { fmString, isMarkedBlock, leadingProse, mark, type MetaContext } from "./context.ts";

/** Trailing issue numbers and dates after a name (`湘西工作2021/1`). */
const TRAILING_NUMBERS_RE = /\s*(?:第?\d[\d/\-.]*[年月日期]?)+$/;
const QUOTES_RE = /[《》〈〉“”"'「」]/g;
/** `XX新闻` tag of the post layout → XX. */
const NEWS_TAG_RE = /^(.+?)新闻$/;
/** Lines of a follow-us block that come after the site name. */
const FOLLOW_TAIL_RE = /微信公众号|公众号|客户端|官方微博|抖音号|视频号/;
/** `© 2021 XX` / `XX 版权所有` / `版权所有：XX`. */
const COPYRIGHT_RE =
  /(?:©|版权所有\s*[：:]?|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*([\p{Script=Han}]{2,16})|([\p{Script=Han}]{2,16})\s*版权所有?/iu;
const DATELINE_NOT_NAMES_RE = /^(?:本报|本网|本台|本刊|本站|通讯员|记者)/;

/** A candidate name → the registry's canonical name, the name itself, or null if not a name. */
export function resolveSource(raw: string, ctx: MetaContext): string | null {
  const name = raw.replace(QUOTES_RE, "").trim().replace(TRAILING_NUMBERS_RE, "").trim();
  if (name.length < MIN_SOURCE_CHARS || name.length > MAX_SOURCE_CHARS) return null;
  if (NOT_A_SOURCE_RE.test(name) || SPAM_RE.test(name)) return null;
  const known = findPublication(name, ctx.publications) ?? findPublicationIn(name, ctx.publications);
  return known ? known.name : name;
}

function fromFrontMatter(ctx: MetaContext): Found<string> | null {
  const direct = fmString(ctx, "source") ?? fmString(ctx, "publication");
  const tags = ctx.frontMatter.tags;
  const tag = (Array.isArray(tags) ? tags : [tags]).find((t): t is string => typeof t === "string" && NEWS_TAG_RE.test(t.trim()));
  const value = direct ? resolveSource(direct, ctx) : tag ? resolveSource(NEWS_TAG_RE.exec(tag.trim())![1], ctx) : null;
  return value ? { value, via: direct ? "front-matter" : "front-matter-tags" } : null;
}

function fromLabel(ctx: MetaContext): Found<string> | null {
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    if (i >= ctx.headerEnd && isProse(b.text)) continue;
    const m = SOURCE_LABEL_RE.exec(b.text);
    const value = m ? resolveSource(m[1], ctx) : null;
    if (value) {
      mark(ctx, i, "source");
      return { value, via: "labelled" };
    }
  }
  return null;
}

function fromDateline(ctx: MetaContext): Found<string> | null {
  for (const text of leadingProse(ctx, DATELINE_PROSE_BLOCKS)) {
    const m = DATELINE_RE.exec(text) ?? AGENCY_DATELINE_RE.exec(text);
    if (!m || DATELINE_NOT_NAMES_RE.test(m[1])) continue;
    const value = resolveSource(m[1], ctx);
    if (value) return { value, via: "dateline" };
  }
  return null;
}

function fromHeaderRegistry(ctx: MetaContext): Found<string> | null {
  for (let i = 0; i < ctx.headerEnd; i++) {
    const b = ctx.blocks[i];
    if (b.tags?.includes("meta:title") || b.tags?.includes("meta:column") || isProse(b.text)) continue;
    const known = findPublicationIn(b.text, ctx.publications);
    if (known) return { value: known.name, via: "header-registry" };
  }
  return null;
}

function fromFooter(ctx: MetaContext): Found<string> | null {
  const footer = ctx.blocks.slice(ctx.lastProse + 1).filter((b) => !isMarkedBlock(b));
  for (const b of footer) {
    const known = findPublicationIn(b.text, ctx.publications);
    if (known) return { value: known.name, via: "footer-registry" };
  }
  for (let i = 0; i < footer.length; i++) {
    const text = footer[i].text;
    const framed = FOLLOW_RE.test(footer[i - 1]?.text ?? "") || FOLLOW_TAIL_RE.test(footer[i + 1]?.text ?? "");
    if (!framed || text.length > MAX_WIDGET_LINE_CHARS || FOOTER_RE.test(text) || FOLLOW_RE.test(text)) continue;
    const value = resolveSource(text, ctx);
    if (value) return { value, via: "footer-follow" };
  }
  for (const b of footer) {
    const m = COPYRIGHT_RE.exec(b.text);
    const value = m ? resolveSource(m[1] ?? m[2], ctx) : null;
    if (value) return { value, via: "footer-copyright" };
  }
  return null;
}

function fromHints(ctx: MetaContext): Found<string> | null {
  for (const hint of ctx.hints.source ?? []) {
    const value = resolveSource(hint, ctx);
    if (value) return { value, via: ctx.kind === "post" ? "em-media" : "html-meta" };
  }
  return null;
}

/**
 * A short `本文来源：X` / `（来源：X）` line after the last prose is the page's, not the article's
 * text, whether or not it named the source: the renderer writes its own em_media source line.
 */
function markTrailingSourceLines(ctx: MetaContext): void {
  for (let i = ctx.lastProse + 1; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    if (b.text.length <= MAX_WIDGET_LINE_CHARS && !isMarkedBlock(b) && SOURCE_LABEL_RE.test(b.text)) mark(ctx, i, "source");
  }
}

export function findSource(ctx: MetaContext): Found<string | null> {
  // The post layout's em_media line is the article's own statement; in an HTML page a
  // `来源：` in the article text beats the page's <meta> (which names the reposting site).
  const first = ctx.kind === "post" ? (fromHints(ctx) ?? fromFrontMatter(ctx)) : (fromFrontMatter(ctx) ?? fromLabel(ctx) ?? fromHints(ctx));
  const found = first ?? fromLabel(ctx) ?? fromDateline(ctx) ?? fromHeaderRegistry(ctx) ?? fromFooter(ctx);
  if (ctx.kind !== "post") markTrailingSourceLines(ctx);
  if (found) return found;
  ctx.warnings.push(`${ctx.file}: source not found`);
  return { value: null, via: "none" };
}
