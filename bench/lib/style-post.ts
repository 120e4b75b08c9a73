// The target layout (seed 000), written by the project's own renderer: the normalised copy of
// every article (for the baseline) and the raw inputs that are already clean (~10 %).
import { renderPost } from "../../src/article/render.ts";
import type { Article } from "../../src/types.ts";
import type { ArticleSpec } from "./article-spec.ts";
import { isoOf } from "./date-formats.ts";

/** The article as the ingest engine should find it (canonical source name, full date). */
export function truthArticle(s: ArticleSpec, file: string): Article {
  return {
    file,
    kind: "post",
    encoding: "utf-8",
    title: s.title,
    subtitle: s.subtitle,
    date: isoOf(s.date),
    source: s.pub.name,
    category: s.pub.slug,
    tags: [`${s.pub.name}新闻`],
    author: s.author,
    byline: s.byline,
    credits: s.credits,
    url: s.url,
    slug: s.id,
    blocks: s.blocks.map((b, i) => ({ ...b, line: i, gapBefore: 0 })),
    body: "",
    frontMatter: {},
    via: { title: "bench", subtitle: "bench", date: "bench", source: "bench", author: "bench", url: "bench", slug: "bench" },
    warnings: [],
    reports: [],
  };
}

export function renderTargetLayout(s: ArticleSpec, siteUrl: string): string {
  return renderPost(truthArticle(s, `${s.id}.md`), { siteUrl });
}
