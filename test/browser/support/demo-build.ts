// The demo site, built once per test file with `npm run build` into a temp folder, and its pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite, listFiles, PROJECT_ROOT, tempDir, type RunResult } from "./site.ts";

/** Jekyll's default permalink: /<category>/<yyyy>/<mm>/<dd>/<slug>.html */
export const POST_PATH_RE = /^[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/;
export const CATEGORY_PATH_RE = /^category\/[a-z0-9-]+\.html$/;
export const FEED_PATH_RE = /^(feed\.xml|feed\/[a-z0-9-]+\.xml)$/;

export interface SiteConfig {
  title: string;
  url: string;
  postsPerPage: number;
  feedSize: number;
}

export function siteConfig(root = PROJECT_ROOT): SiteConfig {
  return JSON.parse(readFileSync(join(root, "_data/site.json"), "utf8")) as SiteConfig;
}

export interface BuiltSite {
  dir: string;
  build: RunResult;
  files: string[];
  posts: string[];
  categories: string[];
  feeds: string[];
  html: string[];
}

export function describeBuild(dir: string, build: RunResult): BuiltSite {
  const files = listFiles(dir);
  return {
    dir,
    build,
    files,
    posts: files.filter((f) => POST_PATH_RE.test(f)),
    categories: files.filter((f) => CATEGORY_PATH_RE.test(f)),
    feeds: files.filter((f) => FEED_PATH_RE.test(f)),
    html: files.filter((f) => f.endsWith(".html")),
  };
}

/** Build the project's demo (posts/ as shipped) into a fresh temp folder; throws if the build fails. */
export async function buildDemo(label: string, opts: Parameters<typeof buildSite>[1] = {}): Promise<BuiltSite> {
  const dir = join(tempDir(label), "_site");
  const build = await buildSite(dir, opts);
  if (build.code !== 0) throw new Error(`npm run build failed (${build.code}):\n${build.stderr}\n${build.stdout}`);
  return describeBuild(dir, build);
}

export function readBuilt(site: BuiltSite, rel: string): string {
  return readFileSync(join(site.dir, rel), "utf8");
}
