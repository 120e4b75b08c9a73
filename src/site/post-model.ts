// Article (+ the file's front matter) → SitePost: every field a page or feed shows, decided once.
// Front matter wins; unknown sources go to the fallback category; undated articles get a
// deterministic fallback date (never the build time) and a warning naming the file.
import { DateTime } from "luxon";
import { basename } from "node:path";
import type { Article, Publication } from "../types.ts";
import { categorySlug, hashSlug, isSafeSlug, pinyinSlug } from "../article/slug.ts";
import { parseJekyllDate } from "../article/dates.ts";
import { escapeHtml } from "../article/escape-html.ts";
import { cjkExcerpt } from "./filters/cjk-excerpt.ts";
import { readingTime } from "./filters/reading-time.ts";
import { formatChineseDate, formatChineseWall } from "./filters/chinese-date.ts";
import { formatRfc3339, formatRfc3339Wall } from "./filters/rfc3339-date.ts";
import { formatRfc822, formatRfc822Wall } from "./filters/rfc822-date.ts";
import { isoInstant } from "./filters/iso-instant.ts";
import { wallDate, type WallTime } from "./filters/wall-time.ts";
import { ZoneClock } from "./zone-clock.ts";
import { readFrontMatter } from "./front-matter.ts";
import { sanitizeHtml } from "./sanitize-html.ts";
import { pluginFingerprint, sha1 } from "./fingerprint.ts";
import { siteRelative, type UrlContext } from "./urls.ts";
import type { SiteConfig } from "./options.ts";
import type { Warnings } from "./log.ts";
import type { SitePost, TagRef } from "./site-types.ts";
import type { CachedPost } from "./ingest-cache.ts";

/** `2021-12-15-slug.md` (Jekyll's file name date): the fallback date of an undated article. */
const FILE_NAME_DATE_RE = /^(\d{4}-\d{2}-\d{2})-/;
const HTTP_URL_RE = /^https?:\/\/[^\s"<>]+$/i;
/** The source line that ends every body (`<p class="em_media">（文章来源：X）</p>`): not excerpt text. */
const SOURCE_LINE_RE = /<p class="em_media">[\s\S]*?<\/p>/g;

/** The body without the byline paragraph and source line: what an excerpt should start from. */
function excerptHtml(body: string, byline: string | null): string {
  const withoutSource = body.replace(SOURCE_LINE_RE, "");
  if (!byline) return withoutSource;
  const first = withoutSource.indexOf("</p>");
  const head = first >= 0 ? withoutSource.slice(0, first) : "";
  return head.includes(escapeHtml(byline)) ? withoutSource.slice(first + 4) : withoutSource;
}

export interface ModelContext {
  site: SiteConfig;
  publications: Publication[];
  /** Category slug → publication name, computed once per build (see modelContext). */
  publicationBySlug: Map<string, string>;
  urls: UrlContext;
  warnings: Warnings;
  /** The site's zone, looked up once per build (zone-clock.ts). */
  clock: ZoneClock;
  /** Posts made under another salt (site settings, publications, URLs, plugin code) are made again. */
  postSalt: string;
}

export function modelContext(site: SiteConfig, publications: Publication[], urls: UrlContext, warnings: Warnings): ModelContext {
  const publicationBySlug = new Map<string, string>();
  for (const p of publications) {
    const slug = categorySlug(p.name, publications);
    if (!publicationBySlug.has(slug)) publicationBySlug.set(slug, p.name);
  }
  const postSalt = sha1(pluginFingerprint(), JSON.stringify([site, publications, urls]));
  return { site, publications, publicationBySlug, urls, warnings, postSalt, clock: new ZoneClock(site.timezone) };
}

function fallbackDate(file: string, site: SiteConfig, clock: ZoneClock): DateTime {
  const m = FILE_NAME_DATE_RE.exec(basename(file));
  const fromName = m ? parseJekyllDate(m[1], site.timezone) : null;
  return clock.local(fromName ?? parseJekyllDate(site.undatedFallback, site.timezone)!);
}

function categoryName(slug: string, a: Article, ctx: ModelContext): string {
  if (slug === ctx.site.fallbackCategory.slug) return ctx.site.fallbackCategory.name;
  const known = ctx.publicationBySlug.get(slug);
  if (known) return known;
  return a.category === slug && a.source ? a.source : slug;
}

function tagRefs(names: string[], file: string, ctx: ModelContext): TagRef[] {
  const seen = new Set<string>();
  const out: TagRef[] = [];
  for (const name of names) {
    const slug = pinyinSlug(name); // memoised: tag names repeat across thousands of posts
    if (!slug) {
      ctx.warnings.add(file, `tag ${JSON.stringify(name)} gives no URL segment; left out`);
    } else if (!seen.has(slug)) {
      seen.add(slug);
      out.push({ name, slug, href: siteRelative(`/tag/${slug}.html`, ctx.urls) });
    }
  }
  return out;
}

/** The permalink's date part, `2021/12/15` (luxon format; wallDates writes the same by arithmetic). */
const PERMALINK_DATE_FORMAT = "yyyy/MM/dd";

/** The post's permalink: Jekyll's `/:categories/:year/:month/:day/:title.html` (PostDates' `path`). */
export function postPermalink(category: string, datePath: string, slug: string): string {
  return `/${category}/${datePath}/${slug}.html`;
}

/** A post's date as its pages, feeds and URL write it, in the site's zone. */
export interface PostDates {
  rfc3339: string;
  chinese: string;
  rfc822: string;
  /** `2021/12/15`, for the permalink. */
  path: string;
}

/** The dates of a DateTime already in the site's zone (luxon's formatters). */
function luxonDates(date: DateTime): PostDates {
  return {
    rfc3339: formatRfc3339(date),
    chinese: formatChineseDate(date),
    rfc822: formatRfc822(date),
    path: date.toFormat(PERMALINK_DATE_FORMAT),
  };
}

/** The same dates from wall-clock fields: arithmetic, no DateTime (luxon was ~1/3 of toSitePost). */
function wallDates(w: WallTime): PostDates {
  return { rfc3339: formatRfc3339Wall(w), chinese: formatChineseWall(w), rfc822: formatRfc822Wall(w), path: wallDate(w, "/") };
}

/** A found DateTime's dates in the site's zone: by arithmetic where the clock can, else through luxon. */
export function dateTimeDates(date: DateTime, clock: ZoneClock): PostDates {
  const wall = clock.wallTime(date.toMillis());
  return wall ? wallDates(wall) : luxonDates(clock.local(date));
}

/**
 * The dates of the engine's ISO date in the site's zone, or null when luxon does not read it as a
 * date (the post is then undated). Its usual shape is read without luxon (filters/iso-instant.ts).
 */
export function isoDates(iso: string, clock: ZoneClock): PostDates | null {
  const ms = isoInstant(iso);
  const wall = ms === null ? null : clock.wallTime(ms);
  if (wall) return wallDates(wall);
  const date = DateTime.fromISO(iso, { setZone: true });
  return date.isValid ? luxonDates(clock.local(date)) : null;
}

export function toSitePost(file: string, a: Article, ctx: ModelContext): SitePost {
  const { site, warnings, urls } = ctx;
  const fm = readFrontMatter(a.frontMatter ?? {}, file, site.timezone, warnings);

  const title = fm.title ?? a.title ?? basename(file).replace(/\.[^.]+$/, "");
  if (!fm.title && !a.title) warnings.add(file, `no title found; using the file name "${title}"`);

  // Front matter wins; then the engine's date; else the fallback date (luxon: rare).
  const found = fm.date ? dateTimeDates(fm.date, ctx.clock) : a.date ? isoDates(a.date, ctx.clock) : null;
  let dates = found;
  if (!dates) {
    const date = fallbackDate(file, site, ctx.clock);
    warnings.add(file, `no date found; filed under ${date.toFormat("yyyy-MM-dd")} and shown as 日期不详`);
    dates = luxonDates(date);
  }

  let category = fm.category?.slug ?? a.category ?? (a.source ? categorySlug(a.source, ctx.publications) : null);
  if (!category || !isSafeSlug(category)) category = site.fallbackCategory.slug;
  const source = fm.category?.name ?? categoryName(category, a, ctx);

  const slug = fm.slug ?? (isSafeSlug(a.slug) ? a.slug : hashSlug(file));
  const permalink = postPermalink(category, dates.path, slug);
  const original = a.url && HTTP_URL_RE.test(a.url) ? a.url : null;
  const body = sanitizeHtml(a.body ?? "", { rewriteUrl: (u) => siteRelative(u, urls) });

  return {
    file,
    title,
    subtitle: fm.subtitle ?? a.subtitle ?? null,
    date: dates.rfc3339,
    dateText: dates.chinese,
    dateIso: dates.rfc3339,
    dateRfc822: dates.rfc822,
    readingTime: readingTime(body),
    dated: Boolean(found),
    source,
    category,
    categoryHref: siteRelative(`/category/${category}.html`, urls),
    categoryTitle: `${source}新闻`,
    tags: tagRefs(fm.tags ?? a.tags ?? [], file, ctx),
    author: fm.author ?? a.author ?? null,
    credits: (a.credits ?? []).map((c) => `${c.role}：${c.name}`),
    body,
    excerpt: cjkExcerpt(excerptHtml(body, a.byline), site.excerptChars),
    originalUrl: original,
    slug,
    permalink,
    href: siteRelative(permalink, urls),
    absUrl: urls.origin + siteRelative(permalink, urls),
    guid: `zhuanzai:${category}:${slug}`,
    prev: null,
    next: null,
  };
}

/**
 * toSitePost in the form the ingest cache keeps (the body left out when it equals the article's),
 * with the warnings making it gave.
 */
export function makeCachedPost(file: string, a: Article, ctx: ModelContext): { post: SitePost; cached: CachedPost } {
  const before = ctx.warnings.count;
  const post = toSitePost(file, a, ctx);
  const sameBody = post.body === a.body;
  const cached = { salt: ctx.postSalt, post: { ...post, body: sameBody ? "" : post.body }, sameBody, warnings: ctx.warnings.since(before) };
  return { post, cached };
}

/** The SitePost of a cached post (a copy: collisions and prev/next are decided per build). */
export function restorePost(cached: CachedPost, a: Article): SitePost {
  return { ...cached.post, body: cached.sameBody ? (a.body as string) : cached.post.body };
}
