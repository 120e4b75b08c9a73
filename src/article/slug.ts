// ASCII URL segments for Chinese names. Eleventy's `slugify` turns Chinese into "" (two Chinese
// tags then collide on one output path), so every segment made from Chinese goes through pinyin.
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import type { Publication } from "../types.ts";
import { memoize } from "./memo.ts";

/** Any run of characters that is not an ASCII letter or digit becomes one hyphen. */
const NON_SLUG_RE = /[^a-z0-9]+/g;
const EDGE_HYPHENS_RE = /^-+|-+$/g;
/** Runs of Han ideographs (CJK Unified, Extension A, Compatibility), read as one phrase. */
const HAN_RUN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** Length of the hex hash used when no slug or id is available (as long as a scraper's hex id). */
const HASH_SLUG_CHARS = 16;

/**
 * `恩施日报` → `enshiribao`; `消费质量网` → `xiaofeizhiliangwang`; `CCTV-13新闻` → `cctv-13xinwen`.
 * Syllables of one Chinese run are joined without separators (as in the target layout's
 * `categories: enshiribao`); Latin and digits are kept, lower-cased; anything else is a hyphen.
 */
export const pinyinSlug: (text: string) => string = memoize(spellSlug);

/** pinyinSlug, unmemoised (pinyin-pro is slow and every article of a publication asks again). */
function spellSlug(text: string): string {
  // Whole runs go to pinyin-pro so that it can read 多音字 in context (重庆 → chongqing).
  const spelled = text
    .normalize("NFKC")
    .replace(HAN_RUN_RE, (run) => pinyin(run, { toneType: "none", v: true, separator: "" }))
    .toLowerCase();
  return spelled.replace(NON_SLUG_RE, "-").replace(EDGE_HYPHENS_RE, "");
}

/** The category slug of a publication: the registry's override, else its pinyin. */
export function categorySlug(source: string, publications: readonly Publication[] = []): string {
  const known = publications.find((p) => p.name === source);
  return known?.slug ?? pinyinSlug(source);
}

/** A short stable hash (hex) of the given parts, for articles with no id. */
export function hashSlug(...parts: (string | null | undefined)[]): string {
  const h = createHash("sha1");
  for (const p of parts) h.update(`${p ?? ""}\u0000`);
  return h.digest("hex").slice(0, HASH_SLUG_CHARS);
}

/** A slug given by a user is kept only if it is already a safe ASCII URL segment. */
export function isSafeSlug(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(value);
}
