// Types of the site's data layer: what `zhuanzai` (the global data) holds for the templates.
// Every URL comes in two forms: `permalink` (output path, no prefix: what Eleventy writes) and
// `href` (site-relative, under the path prefix: what links use); feeds use `absUrl`.

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

export interface TagRef {
  name: string;
  slug: string;
  href: string;
}

/** One post as pages and feeds show it. Built once from an Article (+ the file's front matter). */
export interface SitePost {
  /** Path of the input under the posts folder (`posts/000_x.txt`), for warnings. */
  file: string;
  title: string;
  subtitle: string | null;
  /** ISO 8601 in the site's zone; for undated posts the fallback date (see `dated`). */
  date: string;
  /** The date as pages and feeds print it, computed once (templates do no date work per page). */
  dateText: string;
  dateIso: string;
  dateRfc822: string;
  /** `约 N 分钟` */
  readingTime: string;
  /** False when no date was found: the page says 日期不详, feeds omit pubDate, lists put it last. */
  dated: boolean;
  /** Publication name shown on the page (`恩施日报`); the fallback category's name when unknown. */
  source: string;
  category: string;
  categoryHref: string;
  categoryTitle: string;
  tags: TagRef[];
  author: string | null;
  /** Editor credits as written (`编辑：张可`), shown under the body. */
  credits: string[];
  /** Sanitized body HTML; internal links under the path prefix. Never run through a template engine. */
  body: string;
  /** Plain-text excerpt for lists and the meta description. */
  excerpt: string;
  /** Original article URL (http/https only) or null. */
  originalUrl: string | null;
  slug: string;
  permalink: string;
  href: string;
  absUrl: string;
  /** Stable feed GUID (`zhuanzai:<category>:<slug>`). */
  guid: string;
  prev: PageLink | null;
  next: PageLink | null;
}

/** One page of a paginated list (home, category, tag). */
export interface ListPage {
  kind: "home" | "category" | "tag";
  title: string;
  /** Title with `第 N 页` on later pages. */
  pageTitle: string;
  posts: SitePost[];
  pageNumber: number;
  pageCount: number;
  permalink: string;
  href: string;
  prevHref: string | null;
  nextHref: string | null;
  /** This list's own feed, if it has one (home and categories). */
  feed: { href: string; title: string } | null;
}

export interface CategoryInfo {
  name: string;
  slug: string;
  title: string;
  count: number;
  href: string;
  feedHref: string;
}

export interface TagInfo {
  name: string;
  slug: string;
  count: number;
  href: string;
}

export interface Feed {
  permalink: string;
  title: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed belongs to. */
  siteUrl: string;
  items: FeedItem[];
}

export interface FeedItem {
  post: SitePost;
  /** The body with every URL absolute (feed readers have no base URL). */
  content: string;
}

/** The pages the virtual templates render this time: all of them, except in the dev server after an edit (dirty-pages.ts). */
export interface RenderSet {
  posts: SitePost[];
  listPages: ListPage[];
  feeds: Feed[];
}

export interface SiteData {
  /** Pages to render in this build (templates paginate these; `posts`, `listPages` and `feeds` are always complete). */
  render: RenderSet;
  posts: SitePost[];
  categories: CategoryInfo[];
  tags: TagInfo[];
  listPages: ListPage[];
  feeds: Feed[];
  /** Absolute URLs of every HTML page, for the sitemap (sorted). */
  sitemap: string[];
  sitemapUrl: string;
  site: import("./options.ts").SiteConfig;
  /** Links the layout needs on every page. */
  links: { home: string; categories: string; feed: string; feedAbs: string; css: string };
  pathPrefix: string;
}
