// Slug ladder: front matter `slug` (if already a safe ASCII segment) → a Jekyll file name
// (`2021-12-15-<slug>.md`) → the hex id in the scraper's file name (`000_98d7beee95a910ca.txt`
// → 98d7beee95a910ca) → a short stable hash of source + title + date.
import type { Found } from "../../types.ts";
import { hashSlug, isSafeSlug } from "../../article/slug.ts";

const BASENAME_RE = /[^/\\]*$/;
const JEKYLL_NAME_RE = /^\d{4}-\d{1,2}-\d{1,2}-(.+)\.[A-Za-z0-9]+$/;
const HEX_ID_RE = /(?:^|[_\-.])([0-9a-f]{12,64})(?:\.[A-Za-z0-9]+)?$/i;

export function findSlug(
  file: string,
  frontMatter: Record<string, unknown>,
  key: { source: string | null; title: string | null; date: string | null },
): Found<string> {
  const fm = frontMatter.slug;
  if (typeof fm === "string" && isSafeSlug(fm)) return { value: fm, via: "front-matter" };
  const base = BASENAME_RE.exec(file)?.[0] ?? "";
  const jekyll = JEKYLL_NAME_RE.exec(base);
  if (jekyll && isSafeSlug(jekyll[1])) return { value: jekyll[1], via: "jekyll-filename" };
  const hex = HEX_ID_RE.exec(base);
  if (hex) return { value: hex[1].toLowerCase(), via: "file-id" };
  return { value: hashSlug(key.source, key.title, key.date), via: "hash" };
}
