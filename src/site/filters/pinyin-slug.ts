// `恩施日报新闻` → `enshiribaoxinwen`: an ASCII URL segment for Chinese text (Eleventy's own
// `slugify` turns Chinese into ""). The implementation lives with the article model.
export { pinyinSlug } from "../../article/slug.ts";
