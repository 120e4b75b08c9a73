// The ingest worker as one plain-JavaScript file, so that worker threads start with Node alone.
// Loaded through tsx instead, each worker spends about a second of CPU compiling and resolving
// src/ingest through tsx's hooks (and its hooks thread as much again): at 10,000 articles that is
// time the cold build waits for. The bundle is made with esbuild (the compiler tsx itself uses)
// once per engine version — its name holds a hash of the sources — into the cache folder, or
// the system's temp folder when the cache is off. Packages stay outside it, imported by absolute
// URL, so the file works wherever it is written.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { engineFingerprint } from "./ingest-cache.ts";

/** The worker's TypeScript entry, next to this module. */
export const WORKER_ENTRY = fileURLToPath(new URL("./ingest-worker.ts", import.meta.url));
/** Bare package names (`cheerio`, `pinyin-pro/x`), not relative paths (a Go regex: esbuild's). */
const PACKAGE_SPECIFIER_RE = /^[^./]/;
const BUILTIN_RE = /^node:/;

/** A package as an absolute URL, resolved as this project resolves it (ESM conditions when Node offers them). */
function packageUrl(specifier: string): string {
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === "function") return resolve(specifier);
  return pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;
}

/** The bundle's file name: changes with any source the worker runs and with where the project is. */
export function workerBundleName(): string {
  const own = readFileSync(WORKER_ENTRY, "utf8");
  return `ingest-worker-${engineFingerprint(`${import.meta.url}\n${own}`).slice(0, 16)}.mjs`;
}

/** One bundling per folder and process: the plugin starts it early (prefetch), the pool awaits it. */
const made = new Map<string, Promise<string | null>>();

/**
 * The path of the bundled worker in `dir` (made if missing), or null when it cannot be made
 * (esbuild missing or failing): the caller then loads the TypeScript worker through tsx.
 */
export async function bundledWorker(dir: string | false): Promise<string | null> {
  const folder = resolve(dir === false ? join(tmpdir(), "zhuanzai") : dir);
  let promise = made.get(folder);
  if (!promise) made.set(folder, (promise = makeBundle(folder)));
  const file = await promise;
  if (file && existsSync(file)) return file;
  // Failed, or deleted since (the dev server outlives `.cache`): made again.
  made.set(folder, (promise = makeBundle(folder)));
  return promise;
}

async function makeBundle(folder: string): Promise<string | null> {
  const file = join(folder, workerBundleName());
  if (existsSync(file)) return file;
  try {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [WORKER_ENTRY],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      logLevel: "silent",
      plugins: [
        {
          name: "packages-by-url",
          setup(b) {
            b.onResolve({ filter: PACKAGE_SPECIFIER_RE }, (args) =>
              BUILTIN_RE.test(args.path) ? undefined : { path: packageUrl(args.path), external: true },
            );
          },
        },
      ],
    });
    mkdirSync(folder, { recursive: true });
    // Written beside and renamed: a build running at the same time never loads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, result.outputFiles[0].contents);
    renameSync(temp, file);
    return file;
  } catch {
    return null;
  }
}
