// The public surface of zhuanzai: only re-exports (test/index.test.ts pins the keys).
export type * from "./types.ts";
export { EXTRACT_KEYS } from "./types.ts";
export { ingest, ingestWith, createPipeline, DEFAULT_RULES, IngestError } from "./ingest/index.ts";
export { Ruler } from "./ingest/ruler.ts";
export { renderPost, renderBody } from "./article/render.ts";
export { pinyinSlug, categorySlug } from "./article/slug.ts";
export { parseJekyllDate, jekyllDate } from "./article/dates.ts";
export { validatePublications } from "./article/publications.ts";
export { zhuanzaiPlugin } from "./site/plugin.ts";
