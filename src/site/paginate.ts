// Lists of posts cut into pages of `size`, with their URLs and prev/next links computed once
// (no per-page collection look-ups in templates).
//   home:     /index.html, /page/2.html, …
//   category: /category/<slug>.html, /category/<slug>/page/2.html, …   (same for /tag/)
import type { ListPage, SitePost } from "./site-types.ts";
import { siteRelative, type UrlContext } from "./urls.ts";

export interface ListSpec {
  kind: ListPage["kind"];
  title: string;
  /** `""` for home, `/category/<slug>` or `/tag/<slug>` otherwise. */
  base: string;
  feed: ListPage["feed"];
}

export function pagePermalink(base: string, pageNumber: number): string {
  if (pageNumber === 1) return base ? `${base}.html` : "/index.html";
  return `${base}/page/${pageNumber}.html`;
}

function pageHref(base: string, pageNumber: number, urls: UrlContext): string {
  return siteRelative(base === "" && pageNumber === 1 ? "/" : pagePermalink(base, pageNumber), urls);
}

export function paginate(spec: ListSpec, posts: SitePost[], size: number, urls: UrlContext): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(posts.length / size));
  const pages: ListPage[] = [];
  for (let n = 1; n <= pageCount; n++) {
    pages.push({
      kind: spec.kind,
      title: spec.title,
      pageTitle: n === 1 ? spec.title : `${spec.title}（第 ${n} 页）`,
      posts: posts.slice((n - 1) * size, n * size),
      pageNumber: n,
      pageCount,
      permalink: pagePermalink(spec.base, n),
      href: pageHref(spec.base, n, urls),
      prevHref: n > 1 ? pageHref(spec.base, n - 1, urls) : null,
      nextHref: n < pageCount ? pageHref(spec.base, n + 1, urls) : null,
      feed: spec.feed,
    });
  }
  return pages;
}
