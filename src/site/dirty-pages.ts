// The dev server after an edit to posts/: render only the pages whose data changed. Every page's
// data gets a fingerprint; pages whose fingerprint is unchanged since the previous build of this
// process are left out of the render arrays, and their files from that build stay in the output
// folder. A one-off build, the first build of the dev server, and any change outside posts/
// (layouts, CSS, pages) render everything.
import { createHash } from "node:crypto";
import type { Feed, ListPage, RenderSet, SiteData, SitePost } from "./site-types.ts";

function fingerprint(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64");
}

/** What a list page shows of each post (not the body). */
function listKey(l: ListPage): unknown {
  return [l.pageTitle, l.prevHref, l.nextHref, l.feed, l.posts.map((p) => [p.href, p.title, p.dateText, p.dated, p.source, p.categoryHref, p.excerpt])];
}

function feedKey(f: Feed): unknown {
  return [f.title, f.description, f.items.map((i) => [i.post.guid, i.post.title, i.post.absUrl, i.post.dateRfc822, i.post.dated, i.post.source, i.post.author, i.post.excerpt, i.content])];
}

export class DirtyPages {
  private readonly seen = new Map<string, string>();
  private enabled = false;
  private full = true;

  /** Dev server (`serve`/`watch`) only; a build always renders everything. */
  setRunMode(runMode: string | undefined): void {
    this.enabled = runMode === "serve" || runMode === "watch";
  }

  /** The next build renders everything (a layout, style or page changed). */
  renderAllNext(): void {
    this.full = true;
  }

  /** The pages to render this time (all of them unless only posts changed since the last build). */
  select(data: Pick<SiteData, "posts" | "listPages" | "feeds">): RenderSet {
    const all = { posts: data.posts, listPages: data.listPages, feeds: data.feeds };
    if (!this.enabled) return all;
    const renderAll = this.full;
    this.full = false;
    const changed = <T extends { permalink: string }>(items: T[], key: (item: T) => unknown) =>
      items.filter((item) => {
        const fp = fingerprint(key(item));
        const same = this.seen.get(item.permalink) === fp;
        this.seen.set(item.permalink, fp);
        return renderAll || !same;
      });
    return {
      posts: changed(data.posts, (p: SitePost) => p),
      listPages: changed(data.listPages, listKey),
      feeds: changed(data.feeds, feedKey),
    };
  }
}
