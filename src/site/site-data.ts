// Loaded articles → everything the templates need, computed once per build in O(n log n):
// posts (newest first, undated last, slug as tie-break), URL collisions resolved, prev/next in the
// same category, categories and tags with counts, paginated lists, feeds and the sitemap.
import type { LoadedArticle } from "./load-articles.ts";
import { Warnings } from "./log.ts";
import { makeCachedPost, restorePost, type ModelContext } from "./post-model.ts";
import { paginate } from "./paginate.ts";
import { absolute, absolutizeHtml, siteRelative } from "./urls.ts";
import { ownKey, type OwnKeys } from "./page-keys.ts";
import type { CategoryInfo, Feed, ListPage, SiteData, SitePost, TagInfo } from "./site-types.ts";

interface Group {
  name: string;
  slug: string;
  posts: SitePost[];
}

/** Two posts that want one URL: the later file (in path order) gets `-2`, `-3`, … and a warning. */
function resolveCollisions(posts: SitePost[], ctx: ModelContext): void {
  const taken = new Set<string>();
  for (const p of posts) {
    if (taken.has(p.permalink)) {
      const wanted = p.permalink;
      const base = p.slug;
      for (let n = 2; taken.has(p.permalink); n++) {
        p.slug = `${base}-${n}`;
        p.permalink = wanted.replace(/[^/]+\.html$/, `${p.slug}.html`);
      }
      p.href = siteRelative(p.permalink, ctx.urls);
      p.absUrl = absolute(p.href, ctx.urls);
      p.guid = `zhuanzai:${p.category}:${p.slug}`;
      ctx.warnings.add(p.file, `wants the URL ${wanted} of another post; written to ${p.permalink}`);
    }
    taken.add(p.permalink);
  }
}

/** Newest first; undated last; equal times by slug, then file (deterministic). */
function sortNewestFirst(posts: SitePost[]): void {
  const time = new Map(posts.map((p) => [p, Date.parse(p.date)]));
  posts.sort((a, b) => {
    if (a.dated !== b.dated) return a.dated ? -1 : 1;
    const dt = time.get(b)! - time.get(a)!;
    if (dt !== 0) return dt;
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.file < b.file ? -1 : 1;
  });
}

function group(posts: SitePost[], keys: (p: SitePost) => { slug: string; name: string }[]): Group[] {
  const groups = new Map<string, Group>();
  for (const p of posts) {
    for (const { slug, name } of keys(p)) {
      let g = groups.get(slug);
      if (!g) groups.set(slug, (g = { slug, name, posts: [] }));
      g.posts.push(p);
    }
  }
  return [...groups.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

function linkPrevNext(categories: Group[]): void {
  for (const { posts } of categories) {
    posts.forEach((p, i) => {
      const older = posts[i + 1];
      const newer = posts[i - 1];
      p.prev = older ? { title: older.title, href: older.href } : null;
      p.next = newer ? { title: newer.title, href: newer.href } : null;
    });
  }
}

/**
 * The post of a loaded article: the one cached with its record when it was made under the same
 * settings (its warnings printed again), else made now and stored in the record (`made(key)`
 * tells the cache to write it). A copy either way: collisions and prev/next are decided per build.
 */
function sitePost(l: LoadedArticle, ctx: ModelContext, made?: (key: string) => void): SitePost {
  const { record } = l;
  const hit = record.post;
  if (hit && hit.salt === ctx.postSalt) {
    ctx.warnings.replay(hit.warnings);
    return restorePost(hit, record.article);
  }
  const { post, cached } = makeCachedPost(l.file, record.article, ctx);
  record.post = cached;
  made?.(l.key);
  return post;
}

/**
 * Makes the post of a newly ingested article ahead of buildSiteData — on this thread while the
 * ingest workers are still busy, so the cold build does not wait for it afterwards — and keeps it
 * in the record as a cached one. Its warnings are kept with it: buildSiteData prints them, in
 * path order, as for any cached post.
 */
export function preparePost(l: LoadedArticle, ctx: ModelContext, made?: (key: string) => void): void {
  if (l.record.post?.salt === ctx.postSalt) return;
  const { cached } = makeCachedPost(l.file, l.record.article, { ...ctx, warnings: new Warnings(() => {}) });
  l.record.post = cached;
  made?.(l.key);
}

export interface BuildOptions {
  /** Receives each post's own render key (page-keys.ts): its source's cache key, final slug and permalink. */
  ownKeys?: OwnKeys;
  /** Called with the cache key of every record that got a newly made post. */
  made?: (key: string) => void;
}

export function buildSiteData(loaded: LoadedArticle[], ctx: ModelContext, { ownKeys, made }: BuildOptions = {}): SiteData {
  const { site, urls } = ctx;
  const posts = loaded.map((l) => sitePost(l, ctx, made));
  resolveCollisions(posts, ctx);
  if (ownKeys) posts.forEach((p, i) => ownKeys.set(p, ownKey(loaded[i].key, p)));
  sortNewestFirst(posts);

  const cats = group(posts, (p) => [{ slug: p.category, name: p.source }]);
  const tagGroups = group(posts, (p) => p.tags);
  linkPrevNext(cats);

  const feedHref = siteRelative("/feed.xml", urls);
  const categories: CategoryInfo[] = cats.map((g) => ({
    name: g.name,
    slug: g.slug,
    title: `${g.name}新闻`,
    count: g.posts.length,
    href: siteRelative(`/category/${g.slug}.html`, urls),
    feedHref: siteRelative(`/feed/${g.slug}.xml`, urls),
  }));
  const tags: TagInfo[] = tagGroups.map((g) => ({
    name: g.name, slug: g.slug, count: g.posts.length, href: siteRelative(`/tag/${g.slug}.html`, urls),
  }));

  const size = site.postsPerPage;
  const listPages: ListPage[] = [
    ...paginate({ kind: "home", title: site.title, base: "", feed: { href: feedHref, title: site.title } }, posts, size, urls),
    ...cats.flatMap((g, i) =>
      paginate({ kind: "category", title: categories[i].title, base: `/category/${g.slug}`, feed: { href: categories[i].feedHref, title: `${categories[i].title} - ${site.title}` } }, g.posts, size, urls),
    ),
    ...tagGroups.map((g) => paginate({ kind: "tag", title: `标签：${g.name}`, base: `/tag/${g.slug}`, feed: null }, g.posts, size, urls)).flat(),
  ];

  const contents = new Map<SitePost, string>();
  const item = (post: SitePost) => {
    let content = contents.get(post);
    if (content === undefined) contents.set(post, (content = absolutizeHtml(post.body, post.absUrl, urls)));
    return { post, content };
  };
  const feed = (permalink: string, title: string, description: string, page: string, list: SitePost[]): Feed => ({
    permalink, title, description,
    selfUrl: absolute(siteRelative(permalink, urls), urls),
    siteUrl: absolute(page, urls),
    items: list.slice(0, site.feedSize).map(item),
  });
  const feeds = [
    feed("/feed.xml", site.title, site.description, siteRelative("/", urls), posts),
    ...cats.map((g, i) => feed(`/feed/${g.slug}.xml`, `${categories[i].title} - ${site.title}`, categories[i].title, categories[i].href, g.posts)),
  ];

  const categoriesHref = siteRelative("/categories.html", urls);
  const sitemap = [...listPages.map((p) => p.href), categoriesHref, ...posts.map((p) => p.href)].map((h) => absolute(h, urls));

  return {
    render: { posts, listPages, feeds },
    posts, categories, tags, listPages, feeds, sitemap,
    sitemapUrl: absolute(siteRelative("/sitemap.xml", urls), urls),
    site,
    links: { home: siteRelative("/", urls), categories: categoriesHref, feed: feedHref, feedAbs: absolute(feedHref, urls), css: siteRelative("/assets/site.css", urls) },
    pathPrefix: urls.pathPrefix,
  };
}
