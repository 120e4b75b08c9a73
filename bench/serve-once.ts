// The dev-server figure alone, on a bench workspace the runner prepared (quicker than a whole bench):
//
//   npx tsx bench/serve-once.ts N [--runs K]     (after `npm run bench -- N`; uses $TMPDIR/zhuanzai-bench/N/site)
//
// The workspace's src/ is refreshed from the checkout first, so it measures the working tree.
import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findPostPage, idOf, pickEditTarget } from "./lib/edit.ts";
import type { Truth } from "./lib/generate.ts";
import { BENCH_ROOT, PROJECT_ROOT } from "./lib/project.ts";
import { measureServe } from "./lib/serve.ts";
import { WORK_ROOT } from "./lib/workspace.ts";
import { corpusPaths } from "./lib/write-corpus.ts";

const n = Number.parseInt(process.argv[2] ?? "", 10);
const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number.parseInt(process.argv[runsAt + 1], 10) : 1;
if (!Number.isInteger(n)) throw new Error("usage: npx tsx bench/serve-once.ts N [--runs K]");
const dir = join(WORK_ROOT, String(n), "site");
for (const d of ["src", "scripts"]) {
  rmSync(join(dir, d), { recursive: true, force: true });
  cpSync(join(PROJECT_ROOT, d), join(dir, d), { recursive: true });
}
const truths = JSON.parse(readFileSync(corpusPaths(join(BENCH_ROOT, "corpus", String(n))).truth, "utf8")) as Truth[];
const target = pickEditTarget(truths);
const site = { dir, build: "", out: join(dir, "_site"), coldClean: [], posts: join(dir, "posts") };
const page = findPostPage(site.out, idOf(target.file));
if (!page) throw new Error(`no page for ${target.file} in ${site.out}: build the workspace first`);
for (let i = 0; i < runs; i++) {
  const result = await measureServe(site, target.file, page);
  console.log(`dev server, N=${n}: ${result.seconds?.toFixed(2) ?? "n/a"} s from edit to page (first build ${result.startS?.toFixed(1) ?? "n/a"} s; ${result.note})`);
}
