// `/enshiribao/2021/12/15/x.html` → `https://example.com/blog/enshiribao/2021/12/15/x.html`:
// a site path made absolute under the path prefix, for feeds, sitemaps and canonical links.
// A value that already has a scheme (or is protocol-relative) is returned unchanged.

const HAS_SCHEME_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const TRAILING_SLASHES_RE = /\/+$/;
const EDGE_SLASHES_RE = /^\/+|\/+$/g;

/** `/blog/` + `/a/b.html` → `/blog/a/b.html`; the prefix is `/` when there is none. */
export function withPathPrefix(path: string, pathPrefix = "/"): string {
  const prefix = pathPrefix.replace(EDGE_SLASHES_RE, "");
  const rest = String(path).replace(/^\/+/, "");
  return prefix ? `/${prefix}/${rest}` : `/${rest}`;
}

export function absoluteUrl(path: string, siteUrl: string, pathPrefix = "/"): string {
  if (HAS_SCHEME_RE.test(path)) return path;
  return siteUrl.replace(TRAILING_SLASHES_RE, "") + withPathPrefix(path, pathPrefix);
}
