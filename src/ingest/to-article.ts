// Assemble the Article: metadata values, category and tags from the source, the slug, the
// cleaned blocks and the rendered body. `via` records which rung of each ladder won.
import type { Article, ArticleMeta, Block, CleanState, Encoding, InputKind, Publication } from "../types.ts";
import { renderBody } from "../article/render.ts";
import { categorySlug } from "../article/slug.ts";
import { findSlug } from "./metadata/slug.ts";

export interface ArticleParts {
  file: string;
  kind: InputKind;
  encoding: Encoding;
  meta: ArticleMeta;
  byline: string | null;
  blocks: Block[];
  state: CleanState;
  frontMatter: Record<string, unknown>;
  publications: readonly Publication[];
  warnings: string[];
}

/** A category slug a user may set in front matter: lower-case ASCII letters, digits, hyphens. */
const CATEGORY_SLUG_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A Chinese name with no path characters (`恩施日报`, not `../恩施`). */
const HAN_NAME_RE = /^(?=.*\p{Script=Han})[^/\\.]+$/u;

/**
 * The category: the file's own `categories:` when it is a safe slug (front matter wins), else the
 * pinyin of the source. An unsafe value (`../../x`) is ignored with a warning naming the file.
 */
function findCategory(p: ArticleParts, source: string | null): string | null {
  const raw = p.frontMatter.categories;
  const given = Array.isArray(raw) ? raw[0] : raw;
  if (given !== undefined && given !== null && given !== "") {
    const value = String(given).trim();
    if (CATEGORY_SLUG_RE.test(value)) return value;
    // A publication's Chinese name reads as its slug (`恩施日报` → enshiribao), as in the site.
    if (HAN_NAME_RE.test(value)) return categorySlug(value, p.publications) || null;
    p.warnings.push(`${p.file}: categories: ${JSON.stringify(value)} is not a safe URL slug (a-z, 0-9, -); ignored`);
  }
  return source ? categorySlug(source, p.publications) || null : null;
}

export function toArticle(p: ArticleParts): Article {
  const { meta } = p;
  const source = meta.source.value;
  const slug = findSlug(p.file, p.frontMatter, { source, title: meta.title.value, date: meta.date.value });
  const article: Article = {
    file: p.file,
    kind: p.kind,
    encoding: p.encoding,
    title: meta.title.value,
    subtitle: meta.subtitle.value,
    date: meta.date.value,
    source,
    category: findCategory(p, source),
    tags: source ? [`${source}新闻`] : [],
    author: meta.author.value,
    byline: p.byline,
    credits: p.state.credits,
    url: meta.url.value,
    slug: slug.value,
    blocks: p.blocks,
    body: "",
    frontMatter: p.frontMatter,
    via: {
      title: meta.title.via,
      subtitle: meta.subtitle.via,
      date: meta.date.via,
      source: meta.source.via,
      author: meta.author.via,
      url: meta.url.via,
      slug: slug.via,
    },
    warnings: p.warnings,
    reports: p.state.reports,
  };
  article.body = renderBody(article);
  return article;
}
