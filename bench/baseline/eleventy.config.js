// The baseline of the bench: a plain Eleventy 3 site over the same articles already normalised
// into target-layout `.md` files (one template per post), adapted from the peer benchmark
// (../shared/bench-peers/eleventy). It builds the same kinds of pages as our site:
//   post      /<category>/<yyyy>/<mm>/<dd>/<slug>.html   (one Markdown template each)
//   category  /category/<slug>.html, /category/<slug>/page/<n>.html   (20 a page, newest first)
//   home      /index.html, /page/<n>.html   (20 a page, newest first)
//   feed      /feed.xml   (RSS 2.0, newest 20, full content, official @11ty/eleventy-plugin-rss)
// bench/run.ts copies this folder into a temp directory, puts the posts in `_posts/` and runs
// Eleventy there; it is not part of the project's own site (see the project's .eleventyignore).
import { feedPlugin } from "@11ty/eleventy-plugin-rss";

const TZ_OFFSET_MIN = 8 * 60; // the blog's zone, UTC+8 (no DST)
const POSTS_PER_PAGE = 20;
/** Jekyll's `2021-12-15 10:03:12 +0800`, which Eleventy cannot read on its own. */
const JEKYLL_DATE_RE = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d)?)\s*([+-]\d\d):?(\d\d)$/;

// Wall-clock fields of a date in UTC+8, independent of the machine's zone.
function local(d) {
  const l = new Date(d.getTime() + TZ_OFFSET_MIN * 60e3);
  const p = (n) => String(n).padStart(2, "0");
  return {
    Y: String(l.getUTCFullYear()), M: p(l.getUTCMonth() + 1), D: p(l.getUTCDate()),
    h: p(l.getUTCHours()), m: p(l.getUTCMinutes()), s: p(l.getUTCSeconds()),
  };
}

export default function (eleventyConfig) {
  // _posts/ is generated; never let a .gitignore hide it (Eleventy 3 would build 0 posts).
  eleventyConfig.setUseGitIgnore(false);

  // Eleventy 3's official date-parsing hook, for the Jekyll date shape.
  eleventyConfig.addDateParsing((value) => {
    const m = typeof value === "string" && JEKYLL_DATE_RE.exec(value.trim());
    if (m) return new Date(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  });

  // Jekyll's default permalink for every post; page.fileSlug drops the YYYY-MM-DD- prefix.
  eleventyConfig.addGlobalData("permalink", () => (data) => {
    if (!data.page.inputPath.includes("/_posts/")) return undefined;
    const { Y, M, D } = local(data.page.date);
    return `/${data.categories}/${Y}/${M}/${D}/${data.page.fileSlug}.html`;
  });

  eleventyConfig.addCollection("posts", (api) => api.getFilteredByGlob("./_posts/*.md"));
  // One entry per category archive page: { slug, name, number, count, posts } (posts newest first).
  eleventyConfig.addCollection("categoryPages", (api) => {
    const byCategory = new Map();
    for (const post of api.getFilteredByGlob("./_posts/*.md").reverse()) {
      const slug = post.data.categories;
      if (!byCategory.has(slug)) byCategory.set(slug, []);
      byCategory.get(slug).push(post);
    }
    const pages = [];
    for (const [slug, posts] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
      const count = Math.ceil(posts.length / POSTS_PER_PAGE);
      const name = String(posts[0].data.tags ?? slug).replace(/新闻$/, "");
      for (let i = 0; i < count; i++) {
        pages.push({ slug, name, number: i + 1, count, posts: posts.slice(i * POSTS_PER_PAGE, (i + 1) * POSTS_PER_PAGE) });
      }
    }
    return pages;
  });

  eleventyConfig.addFilter("ymd", (d) => { const t = local(d); return `${t.Y}-${t.M}-${t.D}`; });
  eleventyConfig.addFilter("ymdhm", (d) => { const t = local(d); return `${t.Y}-${t.M}-${t.D} ${t.h}:${t.m}`; });
  eleventyConfig.addFilter("iso", (d) => { const t = local(d); return `${t.Y}-${t.M}-${t.D}T${t.h}:${t.m}:${t.s}+08:00`; });

  eleventyConfig.addPlugin(feedPlugin, {
    type: "rss",
    outputPath: "/feed.xml",
    collection: { name: "posts", limit: POSTS_PER_PAGE },
    metadata: {
      language: "zh-CN",
      title: "转载 · 新闻博客",
      subtitle: "各地新闻报道的转载与整理",
      base: "https://finews.withounder.com/",
      author: { name: "zhuanzai" },
    },
  });
}

export const config = { dir: { input: ".", includes: "_includes", output: "_site" } };
