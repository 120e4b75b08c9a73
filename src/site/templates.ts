// The site's pages as virtual templates (no template file per post): each is ONE template,
// paginated over an array that the data layer computed once. All markup lives in the layouts
// (`_includes/layouts/*.njk`), so a user restyles the site without touching the plugin.
import type { ZhuanzaiOptions } from "./options.ts";
import type { Feed, ListPage, RenderSet, SitePost } from "./site-types.ts";

/** Folder (inside Eleventy's input) that holds the virtual templates' paths. */
export const VIRTUAL_DIR = "zhuanzai";

/** Data every virtual template shares: pages are listed by the data layer, not collections. */
const COMMON = { eleventyExcludeFromCollections: true };

/**
 * The content of a page that is all layout. A JavaScript template (`.11ty.js`) returning "" costs
 * nothing per page; the same empty content as Nunjucks is compiled and rendered, with a context
 * copied from the page's data, for each of 10,000 pages (~0.5 s of a cold build's render phase).
 */
const ALL_LAYOUT = (): string => "";

export interface VirtualTemplate {
  path: string;
  /** Template source (Nunjucks), or the render function of a JavaScript template. */
  content: string | (() => string);
  data: Record<string, unknown>;
}

/** The paginated templates: one page per item of `zhuanzai.render[set]`, named `alias` in the layout. */
export const PAGED = [
  { set: "posts", template: "post.11ty.js", alias: "post", layout: "post" },
  { set: "listPages", template: "list.11ty.js", alias: "list", layout: "list" },
  { set: "feeds", template: "feed.11ty.js", alias: "feed", layout: "feed" },
] as const satisfies readonly { set: keyof RenderSet; template: string; alias: string; layout: keyof ZhuanzaiOptions["layouts"] }[];

type Paged = (typeof PAGED)[number];

export function virtualTemplates(options: ZhuanzaiOptions): VirtualTemplate[] {
  const { layouts } = options;
  const t = (name: string, data: Record<string, unknown>, content: VirtualTemplate["content"] = ALL_LAYOUT): VirtualTemplate => ({
    path: `${VIRTUAL_DIR}/${name}`,
    content,
    data: { ...COMMON, ...data },
  });
  const paged = ({ set, template, alias, layout }: Paged) =>
    t(template, {
      pagination: { data: `zhuanzai.render.${set}`, size: 1, alias },
      permalink: (d: Record<string, SitePost | ListPage | Feed>) => d[alias].permalink,
      layout: layouts[layout],
    });
  const [posts, lists, feeds] = PAGED;
  return [
    paged(posts),
    paged(lists),
    t("categories.11ty.js", { permalink: "/categories.html", layout: layouts.categories }),
    t("404.11ty.js", { permalink: "/404.html", layout: layouts.notFound }),
    paged(feeds),
    t("sitemap.11ty.js", { permalink: "/sitemap.xml", layout: layouts.sitemap }),
    t("site-css.njk", { permalink: "/assets/site.css" }, '{% include "css/site.css" %}'),
    t("robots.njk", { permalink: "/robots.txt" }, "User-agent: *\nAllow: /\n\nSitemap: {{ zhuanzai.sitemapUrl }}\n"),
    t("nojekyll.11ty.js", { permalink: "/.nojekyll", eleventyAllowMissingExtension: true }),
  ];
}
