#!/usr/bin/env node
// `npm run build`: Eleventy with the TypeScript configuration compiled to plain JavaScript first.
//
// Run through tsx, every module Eleventy loads (hundreds) passes tsx's loader hooks, which costs
// about 1.5 s of start-up on a 2-core runner. Instead, `.eleventy.ts` and the plugin it imports
// are bundled by esbuild (tsx's own compiler) into one file in `.cache/zhuanzai/` — made again
// only when a source changes (its name holds a hash of them) — and Eleventy's own CLI runs on
// plain Node with `--config` pointing at it. Arguments are passed through (`--quiet`,
// `--pathprefix=/blog/`, …); an explicit `--config=…` is used as given. The dev server
// (`npm start`) still runs through `tsx watch`, which reloads edited sources.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CONFIG_SOURCE = ".eleventy.ts";
const SOURCE_DIRS = ["src"];
const OUT_DIR = ".cache/zhuanzai";
/** The compiled config's entry inside its folder. */
const ENTRY_FILE = "eleventy.config.mjs";
/** Bumped when the compiled config's files are laid out differently. */
const BUNDLE_LAYOUT = "split-1";
const TS_FILE_RE = /\.ts$/;
/** Bare package names, not relative paths (esbuild filters are Go regexes: no look-ahead). */
const PACKAGE_RE = /^[^./]/;

const require = createRequire(join(process.cwd(), "package.json"));

/** TypeScript files under `dir`, sorted (the hash must not depend on readdir order). */
function sources(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && TS_FILE_RE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The compiled config's folder, named by a hash of every source it is made from. */
function outputDir(root) {
  const hash = createHash("sha1");
  hash.update(`${root}\n${require("esbuild/package.json").version}\n${BUNDLE_LAYOUT}\n`);
  for (const file of [CONFIG_SOURCE, ...SOURCE_DIRS.flatMap(sources)]) hash.update(`${file}\n`).update(readFileSync(file));
  return resolve(OUT_DIR, `eleventy.config-${hash.digest("hex").slice(0, 16)}`);
}

/**
 * esbuild plugin: each TypeScript module keeps its own `import.meta.url` (the plugin finds its
 * layouts and hashes its sources relative to it), and packages stay outside the bundle, imported
 * by absolute URL as this project resolves them.
 */
const keepLocations = {
  name: "keep-locations",
  setup(build) {
    build.onLoad({ filter: TS_FILE_RE }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
    build.onResolve({ filter: PACKAGE_RE }, (args) =>
      args.path.startsWith("node:") ? undefined : { path: import.meta.resolve(args.path), external: true },
    );
  },
};

/**
 * The compiled config: a folder with the entry and the chunks of what it imports only on demand
 * (the ingest engine, which a cold build runs in worker threads and a warm build not at all), so
 * that loading the config does not load cheerio and yaml (~0.2 s of every build).
 */
async function compileConfig() {
  const dir = outputDir(process.cwd());
  const entry = join(dir, ENTRY_FILE);
  if (existsSync(entry)) return entry;
  const { build } = await import(pathToFileURL(require.resolve("esbuild")).href);
  const result = await build({
    entryPoints: [CONFIG_SOURCE],
    bundle: true,
    splitting: true,
    outdir: dir,
    entryNames: ENTRY_FILE.replace(/\.mjs$/, ""),
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "error",
    plugins: [keepLocations],
  });
  // Written into a folder beside and renamed: a build running at the same time never loads half of it.
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  for (const file of result.outputFiles) {
    const path = join(temp, relative(dir, file.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  try {
    renameSync(temp, dir);
  } catch (error) {
    if (!existsSync(entry)) throw error; // another build made it first
    rmSync(temp, { recursive: true, force: true });
  }
  return entry;
}

const args = process.argv.slice(2);
if (!args.some((a) => a === "--config" || a.startsWith("--config="))) {
  try {
    process.argv.push(`--config=${await compileConfig()}`);
  } catch (error) {
    console.error(`[zhuanzai] cannot compile ${CONFIG_SOURCE}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
// Eleventy's CLI (not in its package exports): cmd.cjs beside src/, where its entry lives.
require(join(dirname(dirname(require.resolve("@11ty/eleventy"))), "cmd.cjs"));
