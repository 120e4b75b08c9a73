// The site's pages as virtual templates (no template file per post): each is ONE template,
// paginated over an array that the data layer computed once. All markup lives in the layouts
// (`_includes/layouts/*.njk`), so a user restyles the site without touching the plugin.
import type { ZhuanzaiOptions } from "./options.ts";
import type { Feed, ListPage, SitePost } from "./site-types.ts";

/** Folder (inside Eleventy's input) that holds the virtual templates' paths. */
export const VIRTUAL_DIR = "zhuanzai";

/** Data every virtual template shares: pages are listed by the data layer, not collections. */
const COMMON = { eleventyExcludeFromCollections: true };

export interface VirtualTemplate {
  path: string;
  content: string;
  data: Record<string, unknown>;
}

const paged = (data: string, alias: string) => ({ data, size: 1, alias });

export function virtualTemplates(options: ZhuanzaiOptions): VirtualTemplate[] {
  const { layouts } = options;
  const t = (name: string, data: Record<string, unknown>, content = ""): VirtualTemplate => ({
    path: `${VIRTUAL_DIR}/${name}`,
    content,
    data: { ...COMMON, ...data },
  });
  return [
    t("post.njk", { pagination: paged("zhuanzai.render.posts", "post"), permalink: (d: { post: SitePost }) => d.post.permalink, layout: layouts.post }),
    t("list.njk", { pagination: paged("zhuanzai.render.listPages", "list"), permalink: (d: { list: ListPage }) => d.list.permalink, layout: layouts.list }),
    t("categories.njk", { permalink: "/categories.html", layout: layouts.categories }),
    t("404.njk", { permalink: "/404.html", layout: layouts.notFound }),
    t("feed.njk", { pagination: paged("zhuanzai.render.feeds", "feed"), permalink: (d: { feed: Feed }) => d.feed.permalink, layout: layouts.feed }),
    t("sitemap.njk", { permalink: "/sitemap.xml", layout: layouts.sitemap }),
    t("site-css.njk", { permalink: "/assets/site.css" }, '{% include "css/site.css" %}'),
    t("robots.njk", { permalink: "/robots.txt" }, "User-agent: *\nAllow: /\n\nSitemap: {{ zhuanzai.sitemapUrl }}\n"),
    t("nojekyll.njk", { permalink: "/.nojekyll", eleventyAllowMissingExtension: true }),
  ];
}
