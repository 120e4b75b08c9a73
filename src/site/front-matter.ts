// What a post file's own front matter may set, read once and validated: these values win over
// what the ingest engine extracted (that is how a user corrects a post). Anything unusable is
// reported and ignored, never passed on raw: categories become safe slugs, `permalink` is ignored.
import type { DateTime } from "luxon";
import { isSafeSlug, pinyinSlug } from "../article/slug.ts";
import { parseJekyllDate } from "../article/dates.ts";
import type { Warnings } from "./log.ts";

export interface FrontMatterOverrides {
  title?: string;
  subtitle?: string;
  date?: DateTime;
  /** Category slug (safe ASCII) and, when the file wrote a name, that name. */
  category?: { slug: string; name: string | null };
  tags?: string[];
  author?: string;
  slug?: string;
}

const LOWER_SLUG_RE = /^[a-z0-9][a-z0-9_-]*$/;
const LIST_SEPARATOR_RE = /[\s,，、]+/;

function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Jekyll accepts a list or a space-separated string for `categories` and `tags`. */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const one = text(value);
  return one ? one.split(LIST_SEPARATOR_RE).filter(Boolean) : [];
}

function category(value: unknown, file: string, warnings: Warnings): FrontMatterOverrides["category"] {
  const first = list(value)[0];
  if (!first) return undefined;
  if (LOWER_SLUG_RE.test(first) && isSafeSlug(first)) return { slug: first, name: null };
  const slug = pinyinSlug(first);
  if (!slug) {
    warnings.add(file, `front matter categories ${JSON.stringify(first)} gives no URL segment; ignored`);
    return undefined;
  }
  // A publication's Chinese name (`恩施日报`) reads as its pinyin slug; anything else that is not a
  // plain slug (`../../x`) is ignored, as the ingest engine does, so CLI and site agree.
  const readable = /\p{Script=Han}/u.test(first) && !/[/\\.]/.test(first);
  if (!readable) {
    warnings.add(file, `front matter categories ${JSON.stringify(first)} is not a safe URL segment; ignored`);
    return undefined;
  }
  return { slug, name: first };
}

export function readFrontMatter(fm: Record<string, unknown>, file: string, zone: string, warnings: Warnings): FrontMatterOverrides {
  const out: FrontMatterOverrides = {};
  const title = text(fm.title);
  if (title) out.title = title;
  const subtitle = text(fm.subtitle);
  if (subtitle) out.subtitle = subtitle;
  const author = text(fm.author);
  if (author) out.author = author;
  if (fm.date !== undefined && fm.date !== null) {
    const date = parseJekyllDate(fm.date, zone);
    if (date) out.date = date;
    else warnings.add(file, `front matter date ${JSON.stringify(String(fm.date))} is not a valid date; ignored`);
  }
  if (fm.categories !== undefined || fm.category !== undefined) {
    out.category = category(fm.categories ?? fm.category, file, warnings);
  }
  if (fm.tags !== undefined) out.tags = list(fm.tags);
  if (fm.slug !== undefined) {
    const slug = text(fm.slug);
    if (slug && isSafeSlug(slug)) out.slug = slug;
    else warnings.add(file, `front matter slug ${JSON.stringify(fm.slug)} is not an ASCII slug (letters, digits, - and _); ignored`);
  }
  if (fm.permalink !== undefined) {
    warnings.add(file, "front matter permalink is ignored: posts live at /<category>/<yyyy>/<mm>/<dd>/<slug>.html (set categories, date or slug instead)");
  }
  return out;
}
