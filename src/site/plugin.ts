// The zhuanzai Eleventy plugin: raw articles in posts/ → a blog (posts, archives, feeds).
//
//   addPlugin(zhuanzai, { site, publications })
//
// posts/ is read by the plugin, not by Eleventy: every file goes through the ingest engine
// (cached by content hash), and the results become the global data `zhuanzai`, over which a few
// paginated virtual templates render every page. Bodies are data, never template source.
import { isAbsolute, relative, resolve } from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";
import { parseJekyllDate } from "../article/dates.ts";
import { resolveOptions, type UserOptions, type ZhuanzaiOptions } from "./options.ts";
import { engineFingerprint, IngestCache } from "./ingest-cache.ts";
import { defaultLogger, Warnings } from "./log.ts";
import { loadArticles } from "./load-articles.ts";
import { modelContext } from "./post-model.ts";
import { buildSiteData, preparePost } from "./site-data.ts";
import { urlContext } from "./urls.ts";
import { virtualTemplates } from "./templates.ts";
import { registerFilters } from "./register-filters.ts";
import { layoutReads, sha1, templateFingerprint } from "./fingerprint.ts";
import { keyPages, type OwnKeys } from "./page-keys.ts";
import { PageManifest } from "./page-manifest.ts";
import { prepareOutputDirs } from "./output-dirs.ts";
import { BulkSession } from "./bulk-session.ts";
import { bundledWorker } from "./worker-bundle.ts";
import type { BulkConfig, BulkDirectories, NunjucksEngine } from "./bulk-pages.ts";
import type { SiteData } from "./site-types.ts";

/** Eleventy versions this plugin works with (also in package.json `11ty.compatibility`). */
export const ELEVENTY_COMPATIBILITY = ">=3.0.0";

/** Jekyll dates (`2021-12-15 10:03:12 +0800`) for Eleventy's own `date` (users' templates). */
function jekyllDateParsing(zone: string) {
  return (value: unknown) => (typeof value === "string" ? (parseJekyllDate(value, zone) ?? undefined) : undefined);
}

/** True when `file` (as Eleventy reports it, e.g. `./posts/x.txt`) lies inside `dir`. */
function isInside(dir: string, file: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** The ingest engine, imported on first use: warm builds (everything cached) never load it. */
const loadDefaultIngest = async () => (await import("../ingest/index.ts")).ingest;

/** Eleventy's folders as `eleventy.before` reports them. */
type Directories = BulkDirectories;

function siteDataLoader(options: ZhuanzaiOptions, pathPrefix: string): { load: () => Promise<{ data: SiteData; ownKeys: OwnKeys }>; cache: IngestCache } {
  const log = options.log ?? defaultLogger;
  const salt = [
    engineFingerprint(options.ingest ? `custom:${options.ingest.toString()}` : "default"),
    JSON.stringify(options.publications),
  ].join("\n");
  const cache = new IngestCache(options.cacheDir, salt);
  const urls = urlContext(options.site.url, pathPrefix);
  const load = async () => {
    const warnings = new Warnings(log);
    const hits = cache.hits;
    const ctx = modelContext(options.site, options.publications, urls, warnings);
    const made = (key: string) => cache.changed(key);
    const loaded = await loadArticles(options.postsDir, {
      publications: options.publications, cache, warnings, ingest: options.ingest, loadDefaultIngest, workers: options.workers,
      bundleDir: options.cacheDir,
      prepare: (l) => preparePost(l, ctx, made),
    });
    const ownKeys: OwnKeys = new Map();
    const data = buildSiteData(loaded, ctx, { ownKeys, made });
    cache.flush();
    warnings.flush();
    const cached = cache.hits - hits;
    const noted = loaded.filter((l) => l.record.article.warnings?.length).length;
    log(`${data.posts.length} posts from ${options.postsDir}/ (${cached} from cache, ${loaded.length - cached} ingested)`);
    if (noted) log(`${noted} articles have extraction warnings: see \`npm run -s extract -- ${options.postsDir}/<file>\``);
    return { data, ownKeys };
  };
  return { load, cache };
}

/**
 * What every page key shares this build: templates, global data, plugin code, Eleventy's version,
 * the site config and path prefix, and the site-wide data the layouts read. null: some layout reads
 * data a key cannot cover, so every page is rendered.
 */
function pageSalt(dirs: Directories, options: ZhuanzaiOptions, pathPrefix: string, data: SiteData): string | null {
  const layouts = options.layouts;
  const reads = layoutReads(dirs.includes, [layouts.categories, layouts.notFound, layouts.sitemap]);
  if (reads.unbounded) return null;
  return sha1(
    templateFingerprint(dirs),
    JSON.stringify([options.site, pathPrefix, layouts, options.postsDir]),
    ...reads.siteWide.map((member) => JSON.stringify(data[member])),
  );
}

export function zhuanzaiPlugin(eleventyConfig: EleventyConfig, userOptions: UserOptions = {}): void {
  eleventyConfig.versionCheck(ELEVENTY_COMPATIBILITY);
  const options = resolveOptions(userOptions);
  const pathPrefix = eleventyConfig.pathPrefix ?? "/";

  // posts/ holds data, not templates: Eleventy must not render it, but should rebuild on changes.
  eleventyConfig.ignores.add(`${options.postsDir}/**`);
  eleventyConfig.addWatchTarget(`${options.postsDir}/`);
  eleventyConfig.addDateParsing(jekyllDateParsing(options.site.timezone));
  registerFilters(eleventyConfig, options.site, pathPrefix);

  const { load, cache } = siteDataLoader(options, pathPrefix);
  // A cold build ingests in worker threads: their bundle is made (or found) while Eleventy starts.
  if (!options.ingest && options.workers !== 0) void bundledWorker(options.cacheDir);
  // Post, list and feed pages whose render key and output file are unchanged since the last build
  // into the same output folder are not rendered again (page-manifest.ts). The dev server also
  // keeps ingested articles in memory.
  const manifest = new PageManifest(options.cacheDir);
  // Post, list and feed pages are rendered in one pass by the plugin (bulk-session.ts).
  const bulk = new BulkSession(options, eleventyConfig as unknown as BulkConfig, options.log ?? defaultLogger);
  let dirs: Directories | null = null;
  let serving = false;
  eleventyConfig.on("eleventy.before", async ({ runMode, outputMode, directories }: { runMode?: string; outputMode?: string; directories?: Directories }) => {
    serving = runMode !== "build";
    cache.setKeepInMemory(serving);
    dirs = directories ?? null;
    manifest.begin(outputMode === "fs" && dirs ? dirs.output : null);
    await bulk.begin(dirs, manifest.outputDir);
  });
  eleventyConfig.on("eleventy.engine.njk", (engine: NunjucksEngine) => bulk.engineReady(engine));
  eleventyConfig.on("eleventy.after", async ({ results }: { results?: { inputPath: string; outputPath: string | false }[] }) => {
    await bulk.finish(results);
    manifest.commit();
    // The dev server's first build may have ingested everything in workers (or nothing, all
    // cached): load the engine now, while waiting for edits, so the first edit does not wait for it.
    if (serving && !options.ingest) loadDefaultIngest().catch(() => undefined);
  });
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (!changed.every((file) => isInside(options.postsDir, file))) manifest.renderAllNext();
  });
  eleventyConfig.addGlobalData("zhuanzai", async () => {
    const { data, ownKeys } = await load();
    const salt = dirs ? pageSalt(dirs, options, pathPrefix, data) : null;
    const selected = manifest.select(keyPages(data.render, ownKeys, salt ?? ""), salt === null);
    const render = bulk.split(selected);
    if (manifest.outputDir) void prepareOutputDirs(manifest.outputDir, render);
    const zhuanzai = Object.freeze({ ...data, render });
    if (manifest.outputDir) bulk.render(zhuanzai, manifest.outputDir);
    return zhuanzai;
  });
  eleventyConfig.addGlobalData("site", () => options.site);
  for (const t of virtualTemplates(options)) eleventyConfig.addTemplate(t.path, t.content, t.data);
}

/** Registered once even if added twice (as eleventy-plugin-rss does). */
Object.assign(zhuanzaiPlugin, { eleventyPluginOptions: { unique: true } });
