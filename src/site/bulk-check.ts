// Which layouts the bulk renderer (bulk-pages.ts) may render, and the global data it gives them.
// A layout that reads a name only Eleventy can fill (`collections`, `pagination`, `eleventy`,
// global data other than `site` and `zhuanzai`, …), has front matter, or names templates at render
// time is left to Eleventy, with a line in the log saying why.
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { templateReads, type NunjucksLib, type TagNames } from "./template-reads.ts";
import type { BulkConfig, BulkDirectories } from "./bulk-pages.ts";
import type { SiteConfig } from "./options.ts";

/** Packages as Eleventy resolves them (its nunjucks and its data merge). */
const eleventyRequire = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));

/** Eleventy's copy of nunjucks: the parser that reads layouts before Eleventy's engine exists. */
export function eleventyNunjucks(): NunjucksLib {
  return eleventyRequire("nunjucks") as NunjucksLib;
}

/**
 * Data Eleventy gives every page that the bulk context does not have. A layout reading one of
 * these (or a global data file's name) is rendered by Eleventy.
 */
export const ELEVENTY_ONLY_NAMES = [
  "pagination", "collections", "eleventy", "pkg", "permalink", "layout", "eleventyExcludeFromCollections",
  "eleventyComputed", "tags", "eleventyNavigation",
] as const;

/** Global data the bulk context supplies exactly as Eleventy merges it. */
const SUPPLIED_GLOBALS = ["site", "zhuanzai"] as const;


/** Global data names from the data folder: `site.json` → `site`, a folder `x/` → `x`. */
function dataNames(dataDir: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  if (!existsSync(dataDir)) return names;
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    const name = entry.isDirectory() ? entry.name : entry.name.slice(0, entry.name.indexOf(".") < 1 ? undefined : entry.name.indexOf("."));
    names.set(name, [...(names.get(name) ?? []), entry.name]);
  }
  return names;
}

/** A template's text by name, looked up as Eleventy's Nunjucks loader does (includes, then the project folder). */
function templateSource(searchPaths: string[]): (name: string) => string | null {
  return (name) => {
    for (const base of searchPaths) {
      const root = resolve(base);
      const full = resolve(root, name);
      if (!full.startsWith(root + sep)) continue;
      if (existsSync(full) && statSync(full).isFile()) return readFileSync(full, "utf8");
    }
    return null;
  };
}

const FRONT_MATTER_RE = /^---\s*\r?\n/;

function shortcodeNames(config: BulkConfig): TagNames {
  const keys = (o: object | undefined) => Object.keys(o ?? {});
  const n = config.nunjucks ?? {};
  return { single: [...keys(n.shortcodes), ...keys(n.asyncShortcodes)], paired: ["setAsync", ...keys(n.pairedShortcodes), ...keys(n.asyncPairedShortcodes)] };
}

/** What the bulk renderer needs to know of a layout. */
export interface LayoutCheck {
  /** Why its pages cannot be rendered in bulk, or null. */
  blocker: string | null;
  /** Filters and shortcodes it uses (an async one needs Nunjucks' async render). */
  filters: string[];
  tags: string[];
}

/**
 * Whether pages with `layout` (pagination alias `alias`) can be rendered in bulk: not when the
 * layout is not Nunjucks, is aliased or has front matter (Eleventy gives those meaning), its reads
 * are unknown, or it reads data only Eleventy has.
 */
export function checkLayout(layout: string, alias: string, dirs: BulkDirectories, config: BulkConfig, lib: NunjucksLib = eleventyNunjucks()): LayoutCheck {
  const no = (blocker: string): LayoutCheck => ({ blocker, filters: [], tags: [] });
  if (extname(layout) !== ".njk") return no(`${layout} is not a Nunjucks layout`);
  if (config.layoutAliases?.[layout] !== undefined) return no(`${layout} is a layout alias`);
  if (dirs.layouts && resolve(dirs.layouts) !== resolve(dirs.includes)) return no("layouts have their own folder");
  if (config.urlTransforms?.length) return no("URL transforms are registered");
  const source = templateSource([dirs.includes, "."]);
  const text = source(layout);
  if (text === null) return no(`cannot find ${layout}`);
  if (FRONT_MATTER_RE.test(text)) return no(`${layout} has front matter`);
  const reads = templateReads(lib, source, layout, shortcodeNames(config));
  if (reads.problem) return no(reads.problem);
  const data = dataNames(dirs.data);
  const supplied = new Set<string>([alias, "content", "page"]);
  for (const name of SUPPLIED_GLOBALS) {
    const files = data.get(name) ?? [];
    if (name === "site" ? files.every((f) => f === "site.json") : files.length === 0) supplied.add(name);
  }
  const eleventyOnly = new Set<string>([...ELEVENTY_ONLY_NAMES, ...Object.keys(config.globalData ?? {}), ...data.keys()]);
  const blocked = [...reads.free].filter((n) => eleventyOnly.has(n) && !supplied.has(n)).sort();
  return { blocker: blocked.length ? `${layout} reads ${blocked.map((n) => `\`${n}\``).join(", ")}` : null, filters: [...reads.filters], tags: [...reads.tags] };
}

/** Why pages with `layout` cannot be rendered in bulk, or null (checkLayout's verdict). */
export function bulkBlocker(layout: string, alias: string, dirs: BulkDirectories, config: BulkConfig, lib?: NunjucksLib): string | null {
  return checkLayout(layout, alias, dirs, config, lib).blocker;
}

/** `site` as Eleventy's data cascade has it: `_data/site.json` deep-merged under the plugin's. */
export function cascadeSite(dataDir: string, site: SiteConfig): unknown {
  const file = join(dataDir, "site.json");
  if (!existsSync(file)) return site;
  const { Merge } = eleventyRequire("@11ty/eleventy-utils") as { Merge: (target: object, ...sources: object[]) => Record<string, unknown> };
  return Merge({}, { site: JSON.parse(readFileSync(file, "utf8")) }, { site }).site;
}
