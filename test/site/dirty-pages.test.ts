import { describe, expect, it } from "vitest";
import { DirtyPages } from "../../src/site/dirty-pages.ts";
import type { Feed, ListPage, SitePost } from "../../src/site/site-types.ts";

const post = (slug: string, title = slug) => ({ permalink: `/c/2021/01/01/${slug}.html`, href: `/c/${slug}`, title, slug }) as unknown as SitePost;
const list = (posts: SitePost[]) => ({ permalink: "/index.html", pageTitle: "home", posts, prevHref: null, nextHref: null, feed: null }) as unknown as ListPage;
const feed = (posts: SitePost[]) => ({ permalink: "/feed.xml", title: "t", description: "", items: posts.map((p) => ({ post: p, content: "" })) }) as unknown as Feed;
const site = (posts: SitePost[]) => ({ posts, listPages: [list(posts)], feeds: [feed(posts)] });
const count = (r: ReturnType<DirtyPages["select"]>) => [r.posts.length, r.listPages.length, r.feeds.length];

describe("DirtyPages", () => {
  it("renders everything in a one-off build", () => {
    const d = new DirtyPages();
    d.setRunMode("build");
    const data = site([post("a"), post("b")]);
    expect(count(d.select(data))).toEqual([2, 1, 1]);
    expect(count(d.select(data))).toEqual([2, 1, 1]);
  });

  it("in the dev server, renders only pages whose data changed since the last build", () => {
    const d = new DirtyPages();
    d.setRunMode("serve");
    expect(count(d.select(site([post("a"), post("b")])))).toEqual([2, 1, 1]);
    expect(count(d.select(site([post("a"), post("b")])))).toEqual([0, 0, 0]);
    const changed = d.select(site([post("a"), post("b", "新标题")]));
    expect(changed.posts.map((p) => p.slug)).toEqual(["b"]);
    expect(count(changed)).toEqual([1, 1, 1]);
  });

  it("renders everything again after a change outside posts/", () => {
    const d = new DirtyPages();
    d.setRunMode("watch");
    d.select(site([post("a")]));
    d.renderAllNext();
    expect(count(d.select(site([post("a")])))).toEqual([1, 1, 1]);
    expect(count(d.select(site([post("a")])))).toEqual([0, 0, 0]);
  });
});
