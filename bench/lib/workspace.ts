// Throw-away copies in which the bench builds, so that the checkout (and the other people
// working in it) never see 10,000 generated posts:
//   <tmp>/zhuanzai-bench/<N>/site       the project (src, _data, _includes, config) + posts/ = raw corpus
//   <tmp>/zhuanzai-bench/<N>/baseline   bench/baseline + _posts/ = the normalised corpus
// Both link node_modules to the project's.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Publication } from "../../src/types.ts";
import { BENCH_ROOT, PROJECT_ROOT } from "./project.ts";
import { corpusPaths } from "./write-corpus.ts";

/** Top-level entries of the project that a site build does not need (or that the bench replaces). */
const NOT_COPIED = new Set([
  "node_modules", ".git", "posts", "bench", "test", "test-results", "_site", ".cache", "coverage", ".ci",
]);
export const WORK_ROOT = join(tmpdir(), "zhuanzai-bench");

export interface Workspace {
  dir: string;
  /** Shell line that builds the site in `dir`. */
  build: string;
  /** Output folder. */
  out: string;
  /** What a cold build removes first (output and caches). */
  coldClean: string[];
  /** Folder of the articles. */
  posts: string;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function fresh(dir: string): void {
  clean([dir]);
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
}

/** The project's registry plus the corpus's invented publications. */
function mergedPublications(corpusDir: string): Publication[] {
  const own = JSON.parse(readFileSync(join(PROJECT_ROOT, "_data", "publications.json"), "utf8")) as Publication[];
  const corpus = JSON.parse(readFileSync(corpusPaths(corpusDir).publications, "utf8")) as Publication[];
  const known = new Set(own.map((p) => p.name));
  return [...own, ...corpus.filter((p) => !known.has(p.name))];
}

/**
 * The project as of `ref` (a commit, via `git archive`), or the working tree when `ref` is null.
 * A commit is what to quote; the working tree may be caught in the middle of someone's edit.
 */
function copyProject(dir: string, ref: string | null): void {
  if (ref) {
    const tar = execFileSync("git", ["-C", PROJECT_ROOT, "archive", "--format=tar", ref], { maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    for (const entry of readdirSync(dir)) if (NOT_COPIED.has(entry) && entry !== "node_modules") rmSync(join(dir, entry), { recursive: true, force: true });
    return;
  }
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
}

export function prepareSite(corpusDir: string, label: string, ref: string | null = null): Workspace {
  const dir = join(WORK_ROOT, label, "site");
  fresh(dir);
  copyProject(dir, ref);
  cpSync(corpusPaths(corpusDir).raw, join(dir, "posts"), { recursive: true });
  writeFileSync(join(dir, "_data", "publications.json"), `${JSON.stringify(mergedPublications(corpusDir), null, 2)}\n`);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { scripts: Record<string, string> };
  // `npm run build` without npm's own start-up: the script line, with node_modules/.bin on PATH.
  const build = `PATH=${shellQuote(join(dir, "node_modules", ".bin"))}:"$PATH" ${pkg.scripts.build} --quiet`;
  return { dir, build, out: join(dir, "_site"), coldClean: [join(dir, "_site"), join(dir, ".cache")], posts: join(dir, "posts") };
}

export function prepareBaseline(corpusDir: string, label: string): Workspace {
  const dir = join(WORK_ROOT, label, "baseline");
  fresh(dir);
  for (const entry of readdirSync(join(BENCH_ROOT, "baseline"))) {
    if (entry !== "_posts" && entry !== "_site") cpSync(join(BENCH_ROOT, "baseline", entry), join(dir, entry), { recursive: true });
  }
  cpSync(corpusPaths(corpusDir).posts, join(dir, "_posts"), { recursive: true });
  const build = "node node_modules/@11ty/eleventy/cmd.cjs --quiet";
  return { dir, build, out: join(dir, "_site"), coldClean: [join(dir, "_site"), join(dir, ".cache")], posts: join(dir, "_posts") };
}

/**
 * Where `clean` moves old outputs (same file system: a rename). After deleting ~10,000 files,
 * ext4 spends extra kernel time on every new file and folder for up to a minute (it avoids
 * reusing the inodes just freed): a build right after a delete paid 2–10 s more on the bench VM,
 * a cost no CI runner with a fresh checkout pays, and which drowned the differences measured.
 */
export const TRASH = join(WORK_ROOT, ".trash");
let trashed = 0;

/** Deleting instead of moving aside (`--rm`: the old behaviour, for comparison). */
let deleteOutputs = false;
export function setDeleteOutputs(value: boolean): void {
  deleteOutputs = value;
}

/** Removes `paths` for a cold build: moved into TRASH (or deleted with `--rm`). */
export function clean(paths: readonly string[]): void {
  for (const p of paths) {
    if (deleteOutputs) {
      rmSync(p, { recursive: true, force: true });
      continue;
    }
    mkdirSync(TRASH, { recursive: true });
    try {
      renameSync(p, join(TRASH, `${process.pid}-${++trashed}`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

/** Deletes what `clean` moved aside (after the last measurement). */
export function emptyTrash(): void {
  rmSync(TRASH, { recursive: true, force: true });
}

/** Files under `dir` whose name ends with `suffix` (recursive). */
export function listFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name));
}
