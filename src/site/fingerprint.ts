// Hashes that decide when a built page can be kept: of the files that shape every page (layouts,
// global data, the plugin's own code, the Eleventy config, package.json, Eleventy's version), read
// once per build, and of what the layouts of the paginated pages read from the global data.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Source folders of this package whose code decides what a page shows (src/site, src/article). */
const PLUGIN_DIRS = [".", "../article"];
const PLUGIN_FILES = ["../types.ts"];
/** Top-level files of the project that may change every page (an Eleventy config adds filters). */
const PROJECT_FILE_RE = /^(?:\.?eleventy(?:\.config)?\.[cm]?[jt]s|package\.json)$/;
/** `zhuanzai.x` in a template: which members of the global data a layout reads. */
const MEMBER_RE = /\bzhuanzai\b(\s*\.\s*([A-Za-z_$][\w$]*)|\s*\[)?/g;
const COLLECTIONS_RE = /\bcollections\b/;
/** Nunjucks/Liquid output and tag blocks: only code is scanned (not markup, not {# comments #}). */
const TEMPLATE_CODE_RE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
/** Global data members a post, list or feed page may read without depending on other posts. */
const PAGE_SAFE_MEMBERS = new Set(["links", "site", "pathPrefix", "sitemapUrl", "render"]);
/** Small site-wide members that enter every page key when a layout reads them. */
export const SITE_WIDE_MEMBERS = ["categories", "tags"] as const;

export function sha1(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha1");
  for (const p of parts) h.update(p).update("\u0000");
  return h.digest("hex");
}

/** Every file under `dir` (recursive, sorted); a missing folder has none. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One hash over the names and bytes of `files`, names taken relative to `base`. */
export function hashFiles(files: string[], base = ""): string {
  return sha1(...files.flatMap((f) => [f.startsWith(base) ? f.slice(base.length) : f, readFileSync(f)]));
}

function eleventyVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
  const pkg = join(dirname(dirname(entry)), "package.json");
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
}

/** The plugin's own source (src/site, src/article, src/types.ts), hashed once per process. */
let pluginHash: string | undefined;
export function pluginFingerprint(): string {
  if (pluginHash) return pluginHash;
  const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const files = [...PLUGIN_DIRS.flatMap((d) => filesUnder(here(d))).filter((f) => f.endsWith(".ts")), ...PLUGIN_FILES.map(here)];
  return (pluginHash = hashFiles(files, here("..")));
}

/** Layouts, global data, the plugin, the project's config files and Eleventy: read at every build. */
export function templateFingerprint(dirs: { includes: string; data: string }, cwd = process.cwd()): string {
  const project = readdirSync(cwd).filter((f) => PROJECT_FILE_RE.test(f)).sort().map((f) => join(cwd, f));
  return sha1(
    eleventyVersion(),
    pluginFingerprint(),
    hashFiles(filesUnder(dirs.includes), dirs.includes),
    hashFiles(filesUnder(dirs.data), dirs.data),
    hashFiles(project, cwd),
  );
}

export interface LayoutReads {
  /** A layout reads something a page key cannot cover (`collections`, `zhuanzai.posts`, `zhuanzai[…]`): render every page. */
  unbounded: boolean;
  /** Site-wide members (categories, tags) the layouts read: their data enters every page key. */
  siteWide: (typeof SITE_WIDE_MEMBERS)[number][];
}

/**
 * What the layouts of post, list and feed pages read beyond their own page's data. Every file in
 * the includes folder is scanned except `alwaysRendered` (the categories page, 404, sitemap: those
 * are rendered in every build anyway). The default layouts read only `zhuanzai.links`.
 */
export function layoutReads(includesDir: string, alwaysRendered: string[]): LayoutReads {
  const skip = new Set(alwaysRendered.map((l) => join(includesDir, l)));
  const reads: LayoutReads = { unbounded: false, siteWide: [] };
  for (const file of filesUnder(includesDir)) {
    if (skip.has(file)) continue;
    const text = (readFileSync(file, "utf8").match(TEMPLATE_CODE_RE) ?? []).join("\n");
    if (COLLECTIONS_RE.test(text)) reads.unbounded = true;
    for (const m of text.matchAll(MEMBER_RE)) {
      const member = m[2];
      if (!member) reads.unbounded = true;
      else if ((SITE_WIDE_MEMBERS as readonly string[]).includes(member)) {
        if (!reads.siteWide.includes(member as LayoutReads["siteWide"][number])) reads.siteWide.push(member as LayoutReads["siteWide"][number]);
      } else if (!PAGE_SAFE_MEMBERS.has(member)) reads.unbounded = true;
    }
  }
  return reads;
}
