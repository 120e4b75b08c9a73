// The plugin's options: DEFAULT_OPTIONS merged with the user's, then validated once with errors
// that say which key is wrong and how to fix it (as eleventy-plugin-rss does).
import { DateTime } from "luxon";
import type { Article, IngestOptions, Publication, RawDocument } from "../types.ts";
import { isSafeSlug } from "../article/slug.ts";
import { parseJekyllDate } from "../article/dates.ts";
import { validatePublications } from "../article/publications.ts";

/** `_data/site.json`: what the pages and feeds say about the site. */
export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute base URL without the path prefix (`https://example.com`). */
  url: string;
  author: string;
  /** `zh-CN` (the feeds write it lower-case, `zh-cn`). */
  language: string;
  /** IANA zone for offset-less dates and permalink dates (`Asia/Shanghai`). */
  timezone: string;
  /** Where articles with an unknown source are filed. */
  fallbackCategory: { name: string; slug: string };
  postsPerPage: number;
  feedSize: number;
  /** Jekyll date used for undated articles whose file name has no `YYYY-MM-DD-` date. */
  undatedFallback: string;
  /** Length of list excerpts, in characters. */
  excerptChars: number;
}

export type IngestFn = (raw: RawDocument, options: IngestOptions) => Article;
export type Logger = (message: string) => void;

export interface ZhuanzaiOptions {
  /** Folder of articles, relative to the working directory (not an Eleventy template folder). */
  postsDir: string;
  /** Folder of the ingest cache (git-ignored); `false` turns the disk cache off. */
  cacheDir: string | false;
  site: SiteConfig;
  publications: Publication[];
  /** Layouts (in the includes folder) for each kind of page. */
  layouts: { post: string; list: string; categories: string; notFound: string; feed: string; sitemap: string };
  /** Worker threads for ingesting many files at once: "auto" (one per core, at most 4) or a number (0 = none). */
  workers: number | "auto";
  /** The ingest engine (default: src/ingest, in worker threads). A custom one runs in this thread. */
  ingest?: IngestFn;
  /** Where build warnings go (default: stderr, prefixed `[zhuanzai]`). */
  log?: Logger;
  /**
   * Render post, list and feed pages in one pass with Eleventy's Nunjucks environment and write
   * them from worker threads, instead of through Eleventy's per-page pipeline (bulk-pages.ts).
   * Same bytes; layouts that read data only Eleventy has are rendered by Eleventy anyway.
   */
  bulkPages: boolean;
}

export type UserOptions = Partial<Omit<ZhuanzaiOptions, "site" | "layouts">> & {
  site?: Partial<SiteConfig>;
  layouts?: Partial<ZhuanzaiOptions["layouts"]>;
};

export const DEFAULT_SITE: SiteConfig = {
  title: "zhuanzai",
  description: "",
  url: "https://example.com",
  author: "",
  language: "zh-CN",
  timezone: "Asia/Shanghai",
  fallbackCategory: { name: "综合", slug: "zonghe" },
  postsPerPage: 20,
  feedSize: 20,
  undatedFallback: "1970-01-01 00:00:00 +0800",
  excerptChars: 120,
};

export const DEFAULT_OPTIONS: ZhuanzaiOptions = {
  postsDir: "posts",
  cacheDir: ".cache/zhuanzai",
  workers: "auto",
  bulkPages: true,
  site: DEFAULT_SITE,
  publications: [],
  layouts: {
    post: "layouts/post.njk",
    list: "layouts/list.njk",
    categories: "layouts/categories.njk",
    notFound: "layouts/404.njk",
    feed: "layouts/rss.njk",
    sitemap: "layouts/sitemap.njk",
  },
};

const HTTP_URL_RE = /^https?:\/\/[^/\s?#]+(?:\/[^\s?#]*)?$/;
const MAX_PAGE_SIZE = 1000;

function fail(key: string, problem: string): never {
  throw new Error(`zhuanzai plugin: option \`${key}\` ${problem}`);
}

function positiveInt(key: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_PAGE_SIZE) {
    fail(key, `must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${JSON.stringify(value)}).`);
  }
  return value as number;
}

export function validateSite(site: SiteConfig, key = "site"): SiteConfig {
  if (!HTTP_URL_RE.test(site.url)) {
    fail(`${key}.url`, `must be an absolute http(s) URL such as "https://example.com" (got ${JSON.stringify(site.url)}); set it in _data/site.json or SITE_URL.`);
  }
  for (const k of ["title", "description", "author", "language"] as const) {
    if (typeof site[k] !== "string") fail(`${key}.${k}`, `must be a string (got ${JSON.stringify(site[k])}).`);
  }
  if (!DateTime.local().setZone(site.timezone).isValid) {
    fail(`${key}.timezone`, `must be an IANA time zone such as "Asia/Shanghai" (got ${JSON.stringify(site.timezone)}).`);
  }
  const fb = site.fallbackCategory;
  if (!fb || typeof fb.name !== "string" || !fb.name || typeof fb.slug !== "string" || !isSafeSlug(fb.slug)) {
    fail(`${key}.fallbackCategory`, `must be { "name": "综合", "slug": "zonghe" } with an ASCII slug (got ${JSON.stringify(fb)}).`);
  }
  if (!parseJekyllDate(site.undatedFallback, site.timezone)) {
    fail(`${key}.undatedFallback`, `must be a date such as "1970-01-01 00:00:00 +0800" (got ${JSON.stringify(site.undatedFallback)}).`);
  }
  positiveInt(`${key}.postsPerPage`, site.postsPerPage);
  positiveInt(`${key}.feedSize`, site.feedSize);
  positiveInt(`${key}.excerptChars`, site.excerptChars);
  return { ...site, url: site.url.replace(/\/+$/, "") };
}

/** Defaults + user options → validated options. Throws with an actionable message. */
export function resolveOptions(user: UserOptions = {}): ZhuanzaiOptions {
  if (user === null || typeof user !== "object") fail("(all)", "must be an object, e.g. addPlugin(zhuanzai, { site }).");
  const site = validateSite({ ...DEFAULT_SITE, ...user.site } as SiteConfig);
  const merged: ZhuanzaiOptions = {
    ...DEFAULT_OPTIONS,
    ...user,
    site,
    layouts: { ...DEFAULT_OPTIONS.layouts, ...user.layouts },
    publications: validatePublications(user.publications ?? [], "zhuanzai plugin option `publications`"),
  };
  if (typeof merged.postsDir !== "string" || !merged.postsDir) fail("postsDir", 'must be a folder name such as "posts".');
  if (merged.cacheDir !== false && (typeof merged.cacheDir !== "string" || !merged.cacheDir)) {
    fail("cacheDir", 'must be a folder name such as ".cache/zhuanzai", or false to turn the cache off.');
  }
  if (merged.workers !== "auto" && !(Number.isInteger(merged.workers) && merged.workers >= 0 && merged.workers <= 64)) {
    fail("workers", `must be "auto" or a whole number from 0 to 64 (got ${JSON.stringify(merged.workers)}).`);
  }
  if (merged.ingest !== undefined && typeof merged.ingest !== "function") fail("ingest", "must be a function (raw, options) => Article.");
  if (merged.log !== undefined && typeof merged.log !== "function") fail("log", "must be a function (message) => void.");
  if (typeof merged.bulkPages !== "boolean") fail("bulkPages", `must be true or false (got ${JSON.stringify(merged.bulkPages)}).`);
  return merged;
}
