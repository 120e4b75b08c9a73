// The filters the plugin registers for templates (ours and the user's own), one file each.
// Every filter is a plain function; the plugin binds the site's zone, URL and path prefix.
export { chineseDate } from "./chinese-date.ts";
export { rfc822Date } from "./rfc822-date.ts";
export { rfc3339Date } from "./rfc3339-date.ts";
export { pinyinSlug } from "./pinyin-slug.ts";
export { cjkExcerpt, DEFAULT_EXCERPT_CHARS } from "./cjk-excerpt.ts";
export { readingTime, readingMinutes, countReadingChars, CJK_CHARS_PER_MINUTE } from "./reading-time.ts";
export { absoluteUrl, withPathPrefix } from "./absolute-url.ts";
export { stripTags } from "./strip-tags.ts";
export { xmlText, cdata } from "./xml-text.ts";
