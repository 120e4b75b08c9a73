// Dates of the blog: instants written with their +08:00 offset (Asia/Shanghai, no DST),
// independent of the machine's time zone.
import { DateTime } from "luxon";

/** The blog's zone (Jekyll's `timezone: Asia/Shanghai`). */
export const SITE_ZONE = "Asia/Shanghai";

/** Jekyll's front matter date shape: `2021-12-15 10:03:12 +0800` (also with `+08:00`, `T`, no seconds). */
export const JEKYLL_DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Parse a front matter date (string or Date) to a luxon DateTime; an offset-less value is
 * read in Asia/Shanghai (as Jekyll does with `timezone` set). Null when invalid (e.g. 2021-02-30).
 */
export function parseJekyllDate(value: unknown, zone = SITE_ZONE): DateTime | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : DateTime.fromJSDate(value).setZone(zone);
  if (typeof value !== "string") return null;
  const m = JEKYLL_DATE_RE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", off] = m;
  const offset = off === undefined ? zone : off === "Z" ? "UTC" : `UTC${off.slice(0, 3)}:${off.slice(-2)}`;
  const dt = DateTime.fromObject(
    { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s },
    { zone: offset },
  );
  return dt.isValid ? dt : null;
}

/** ISO 8601 with offset, seconds included: `2021-12-15T10:03:12+08:00`. */
export function isoDate(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** `2021-12-15T10:03:12+08:00` → `2021-12-15 10:03:12 +0800` (keeps the instant's own offset). */
export function jekyllDate(iso: string): string {
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) throw new Error(`Not an ISO 8601 date: ${iso}`);
  return dt.toFormat("yyyy-MM-dd HH:mm:ss ZZZ");
}
