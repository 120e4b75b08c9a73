// Render keys: for every post, list and feed page, one hash of everything that page shows. Two
// builds that give a page the same key write the same bytes for it, so a page whose key and output
// file are unchanged since the last build need not be rendered again (page-manifest.ts).
//
//   own key of a post  = its ingest cache key (file path + bytes + engine + publications) + its
//                        final slug and permalink (URL collisions can change them)
//   salt (per build)   = templates, global data, plugin code, Eleventy version (fingerprint.ts)
//                        + site config + path prefix + what the layouts read site-wide
//   post page          = salt + own key + prev/next (title, href)
//   list page          = salt + the page's own fields + the own keys of its posts
//   feed               = salt + the feed's own fields + the own keys of its items' posts
import { sha1 } from "./fingerprint.ts";
import type { Feed, ListPage, RenderSet, SitePost } from "./site-types.ts";

/** Bump when what a key covers changes. */
const KEY_FORMAT = "1";

export type OwnKeys = Map<SitePost, string>;

/** The pages of one build with their render keys, in the order of the data layer's arrays. */
export interface KeyedPages {
  posts: { item: SitePost; key: string }[];
  listPages: { item: ListPage; key: string }[];
  feeds: { item: Feed; key: string }[];
}

export function ownKey(sourceKey: string, post: Pick<SitePost, "slug" | "permalink">): string {
  return sha1(sourceKey, post.slug, post.permalink);
}

function own(keys: OwnKeys, post: SitePost): string {
  const key = keys.get(post);
  if (key === undefined) throw new Error(`zhuanzai: no render key for ${post.file}`);
  return key;
}

export function keyPages(render: RenderSet, keys: OwnKeys, salt: string): KeyedPages {
  const base = sha1(KEY_FORMAT, salt);
  return {
    posts: render.posts.map((p) => ({ item: p, key: sha1(base, own(keys, p), JSON.stringify([p.prev, p.next])) })),
    listPages: render.listPages.map((l) => ({
      item: l,
      key: sha1(base, JSON.stringify({ ...l, posts: l.posts.length }), ...l.posts.map((p) => own(keys, p))),
    })),
    feeds: render.feeds.map((f) => ({
      item: f,
      key: sha1(base, JSON.stringify({ ...f, items: f.items.length }), ...f.items.map((i) => own(keys, i.post))),
    })),
  };
}
