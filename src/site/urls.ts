// URLs of the site under its path prefix. Links in pages are site-relative (`/blog/x.html`),
// feeds and the sitemap absolute (`https://host/blog/x.html`). Links in a body that point at the
// configured site itself (`//finews.withounder.com/category/x.html`) become site-relative.
import { withPathPrefix } from "./filters/absolute-url.ts";

export interface UrlContext {
  /** `https://example.com` (no trailing slash, no prefix). */
  origin: string;
  /** `/` or `/blog/`. */
  pathPrefix: string;
  /** Host of the configured site, lower-case. */
  host: string;
}

const PROTOCOL_RELATIVE_RE = /^\/\/([^/?#]+)(.*)$/;
const ABSOLUTE_RE = /^https?:\/\/([^/?#]+)(.*)$/i;
const ROOT_RELATIVE_RE = /^\/(?!\/)/;

export function urlContext(siteUrl: string, pathPrefix = "/"): UrlContext {
  const u = new URL(siteUrl);
  return { origin: u.origin, pathPrefix: withPathPrefix("/", pathPrefix), host: u.host.toLowerCase() };
}

/**
 * A root-relative path gets the prefix; an absolute or protocol-relative URL of this site
 * becomes site-relative; anything else (other sites, relative paths, `#x`) is kept.
 */
export function siteRelative(url: string, ctx: UrlContext): string {
  if (ROOT_RELATIVE_RE.test(url)) return withPathPrefix(url, ctx.pathPrefix);
  const m = PROTOCOL_RELATIVE_RE.exec(url) ?? ABSOLUTE_RE.exec(url);
  if (m && m[1].toLowerCase() === ctx.host) return withPathPrefix(m[2] || "/", ctx.pathPrefix);
  return url;
}

/** Site-relative (already prefixed) → absolute. */
export function absolute(href: string, ctx: UrlContext): string {
  return ROOT_RELATIVE_RE.test(href) ? ctx.origin + href : href;
}

const URL_ATTR_RE = /\s(href|src)="([^"]*)"/g;

/** Sanitized body HTML (double-quoted attributes) with every URL absolute, for feeds. */
export function absolutizeHtml(html: string, baseUrl: string, ctx: UrlContext): string {
  return html.replace(URL_ATTR_RE, (all, attr: string, value: string) => {
    if (value.startsWith("#") || value === "") return all;
    if (ROOT_RELATIVE_RE.test(value)) return ` ${attr}="${ctx.origin}${value}"`;
    try {
      return ` ${attr}="${new URL(value.replace(/&amp;/g, "&"), baseUrl).href.replace(/&/g, "&amp;")}"`;
    } catch {
      return ` ${attr}=""`; // not resolvable as a URL: keep the element, drop the link
    }
  });
}
