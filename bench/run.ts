// The scale bench (issue 4).
//
//   npm run bench -- 1000 5000 10000 [--runs 3] [--serve] [--profile] [--rm] [--seed S] [--commit REF]
//
// Old outputs are moved aside (workspace.ts TRASH) and deleted after the last measurement, so that
// no build pays for the previous one's deletion; --rm deletes them before each build instead.
// --commit REF builds the project as of that commit (git archive) instead of the working tree.
// For each N: generate (or reuse) bench/corpus/N, copy the project into a temp folder with the
// raw corpus as posts/, and the baseline (bench/baseline, plain Eleventy) with the normalised
// copy; after one untimed warm-up of each, K times: baseline build; our cold build (output and
// cache moved away); warm rebuild (nothing changed); rebuild after editing one article (the change
// is checked in the output). Then ingest articles/s in this process over the raw corpus, and with
// --serve the dev-server figure. Prints a Markdown table of medians; writes bench/results/N.json.
// --profile adds one untimed cold build of each under `node --cpu-prof` (bench/profiles/N/{site,baseline})
// with Eleventy's own benchmark log (build.log); summarise with `npx tsx bench/profile.ts bench/profiles/N/site`.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../src/ingest/index.ts";
import type { Publication } from "../src/types.ts";
import { editArticle, findPostPage, idOf, pageContains, pickEditTarget } from "./lib/edit.ts";
import { DEFAULT_SEED, type Truth } from "./lib/generate.ts";
import { ingestRate } from "./lib/ingest-rate.ts";
import { requireGnuTime, timed, type RunResult, type Timing } from "./lib/measure.ts";
import { execFileSync } from "node:child_process";
import { BENCH_ROOT, PROJECT_ROOT } from "./lib/project.ts";
import { machine, markdownTable, scalingLines, series, type BenchResult } from "./lib/report.ts";
import { measureServe } from "./lib/serve.ts";
import { clean, emptyTrash, listFiles, prepareBaseline, prepareSite, setDeleteOutputs, type Workspace } from "./lib/workspace.ts";
import { corpusPaths, writeCorpus } from "./lib/write-corpus.ts";
import { syncDisks, writeFloor } from "./lib/write-floor.ts";

/** The ingest figure: median of passes over an even sample of the raw corpus. */
const INGEST_SAMPLE_DOCS = 2000;
const INGEST_PASSES = 3;

interface Args { ns: number[]; runs: number; serve: boolean; profile: boolean; seed: number; commit: string | null; rm: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { ns: [], runs: 3, serve: false, profile: false, seed: DEFAULT_SEED, commit: null, rm: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") args.runs = Number.parseInt(argv[++i], 10);
    else if (a === "--seed") args.seed = Number.parseInt(argv[++i], 10) >>> 0;
    else if (a === "--serve") args.serve = true;
    else if (a === "--commit") args.commit = argv[++i];
    else if (a === "--profile") args.profile = true;
    else if (a === "--rm") args.rm = true;
    else if (/^\d+$/.test(a)) args.ns.push(Number.parseInt(a, 10));
    else throw new Error(`unknown argument ${a}; usage: npm run bench -- N [N…] [--runs K] [--serve] [--profile] [--rm] [--seed S] [--commit REF]`);
  }
  if (!args.ns.length) args.ns.push(1000);
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error("--runs needs a positive whole number");
  return args;
}

const log = (message: string) => console.error(`[bench] ${message}`);

/** Build in `ws`; its output goes to `logFile` (default: the workspace's build.log). */
function build(ws: Workspace, what: string, logFile = join(ws.dir, "build.log")): RunResult {
  syncDisks(); // the previous build's (or clean-up's) pending writes are not this build's cost
  const result = timed(`${ws.build} > ${logFile} 2>&1`, ws.dir);
  if (result.status !== 0) {
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`${what} failed (exit ${result.status}) in ${ws.dir}:\n${tail}`);
  }
  log(`${what}: ${result.wallS.toFixed(2)} s, ${Math.round(result.peakRssMiB)} MiB`);
  return result;
}

const timing = ({ wallS, userS, sysS, peakRssMiB }: RunResult): Timing => ({ wallS, userS, sysS, peakRssMiB });

/** One untimed cold build of ours and one of the baseline under `node --cpu-prof` (bench/profiles/N/{site,baseline}). */
function profileBuilds(site: Workspace, baseline: Workspace, n: number): void {
  for (const [name, ws] of [["site", site], ["baseline", baseline]] as const) {
    const dir = join(BENCH_ROOT, "profiles", String(n), name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    clean(ws.coldClean);
    // Node 20 refuses --cpu-prof in NODE_OPTIONS: `tsx X` becomes `node --cpu-prof --import tsx X`.
    const prof = `node --cpu-prof --cpu-prof-dir=${dir}`;
    const command = ws.build.replace(/(^|\s)tsx /, `$1${prof} --import tsx `).replace(/(^|\s)node (?!--cpu-prof)/, `$1${prof} `);
    if (!command.includes("--cpu-prof")) throw new Error(`--profile: cannot insert --cpu-prof into: ${ws.build}`);
    const logFile = join(dir, "build.log");
    const result = timed(`${command} > ${logFile} 2>&1`, ws.dir, { ...process.env, DEBUG: "Eleventy:Benchmark*" });
    if (result.status !== 0) throw new Error(`profiled ${name} build failed (exit ${result.status}), see ${logFile}`);
    log(`profiled ${name} cold build: ${result.wallS.toFixed(2)} s → ${dir} (summary: npx tsx bench/profile.ts ${dir})`);
  }
}

async function benchOne(n: number, args: Args): Promise<BenchResult> {
  const corpusDir = join(BENCH_ROOT, "corpus", String(n));
  const { info, reused } = writeCorpus(corpusDir, n, args.seed);
  log(`N=${n}: corpus ${reused ? "reused" : "generated"} (${(info.rawBytes / 2 ** 20).toFixed(1)} MiB raw) in ${corpusDir}`);
  const paths = corpusPaths(corpusDir);
  const truths = JSON.parse(readFileSync(paths.truth, "utf8")) as Truth[];
  const target = pickEditTarget(truths);
  const site = prepareSite(corpusDir, String(n), args.commit);
  const baseline = prepareBaseline(corpusDir, String(n));
  const warnings: string[] = [];

  clean(site.coldClean);
  const siteLog = join(BENCH_ROOT, "results", `${n}.build.log`);
  build(site, "warm-up (ours, untimed)", siteLog);
  const siteWarnings = readFileSync(siteLog, "utf8").split("\n").filter((l) => l.includes("[zhuanzai]")).length;
  if (siteWarnings) warnings.push(`our cold build printed ${siteWarnings} [zhuanzai] warning lines (${siteLog})`);
  clean(baseline.coldClean);
  build(baseline, "warm-up (baseline, untimed)");

  const runs = { cold: [] as Timing[], warm: [] as Timing[], edit: [] as Timing[], base: [] as Timing[], floor: [] as Timing[] };
  let pages = 0;
  let basePages = 0;
  let verified = true;
  for (let k = 1; k <= args.runs; k++) {
    clean(baseline.coldClean);
    runs.base.push(timing(build(baseline, `run ${k}: baseline`)));
    basePages = listFiles(baseline.out, ".html").length;
    clean(site.coldClean);
    runs.cold.push(timing(build(site, `run ${k}: ours cold`)));
    pages = listFiles(site.out, ".html").length;
    runs.warm.push(timing(build(site, `run ${k}: ours warm`)));
    const marker = editArticle(site.posts, target.file, `（修订${k}）`);
    runs.edit.push(timing(build(site, `run ${k}: ours after 1 edit`)));
    const page = findPostPage(site.out, idOf(target.file));
    if (!page || !pageContains(site.out, page, marker)) {
      verified = false;
      warnings.push(`run ${k}: the edited article's page ${page ?? "(not found)"} does not show the edit`);
    }
    runs.floor.push(writeFloor(site.out, join(site.dir, "..", "floor")));
  }

  log(`ingest articles/s (in process, median of ${INGEST_PASSES} passes over ≤ ${INGEST_SAMPLE_DOCS} raw files)`);
  const publications = JSON.parse(readFileSync(paths.publications, "utf8")) as Publication[];
  const files = readdirSync(paths.raw).sort();
  const step = Math.max(1, Math.floor(files.length / INGEST_SAMPLE_DOCS)); // an even sample keeps the mix of styles
  const docs = files.filter((_, i) => i % step === 0).map((f) => ({ path: `posts/${f}`, bytes: readFileSync(join(paths.raw, f)) }));
  const rate = ingestRate(ingest, docs, { publications }, INGEST_PASSES);

  let serve = null;
  if (args.serve) {
    const page = findPostPage(site.out, idOf(target.file));
    serve = page ? await measureServe(site, target.file, page) : { seconds: null, startS: null, note: "edited page not found" };
    log(`dev server: ${serve.seconds ?? "n/a"} s (${serve.note})`);
  }
  if (args.profile) profileBuilds(site, baseline, n);

  const cold = series(runs.cold);
  const base = series(runs.base);
  return {
    n, date: new Date().toISOString(), machine: machine(), corpus: info,
    cold, warm: series(runs.warm), edit: { ...series(runs.edit), verified }, pages,
    baseline: { ...base, pages: basePages },
    writeFloor: series(runs.floor),
    ratio: cold.wallS / base.wallS,
    cpuRatio: cold.cpuS / base.cpuS,
    ingest: { perSecond: rate.perSecond, docs: rate.docs, failed: rate.failed, firstError: rate.firstError },
    serve, warnings,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  requireGnuTime();
  setDeleteOutputs(args.rm);
  emptyTrash(); // a previous run's leftovers, before the warm-up builds
  const results: BenchResult[] = [];
  mkdirSync(join(BENCH_ROOT, "results"), { recursive: true });
  for (const n of args.ns) {
    let result: BenchResult;
    try {
      result = await benchOne(n, args);
    } catch (error) {
      log(`N=${n} failed, going on with the next N: ${(error as Error).message}`);
      process.exitCode = 1;
      continue;
    }
    if (args.commit) result.commit = execFileSync("git", ["-C", PROJECT_ROOT, "rev-parse", "--short", args.commit], { encoding: "utf8" }).trim();
    writeFileSync(join(BENCH_ROOT, "results", `${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
    results.push(result);
    for (const w of result.warnings) log(`warning (N=${n}): ${w}`);
  }
  emptyTrash();
  if (!results.length) return;
  const m = results[0].machine;
  console.log(`\nzhuanzai bench — ${m.cpus} × ${m.model}, Node ${m.node}; medians of ${args.runs} runs after 1 warm-up\n`);
  console.log(markdownTable(results));
  for (const line of scalingLines(results)) console.log(`\n${line}`);
  const failed = results.find((r) => r.ingest.firstError);
  if (failed) console.log(`\ningest errors (N=${failed.n}): ${failed.ingest.failed}, first: ${failed.ingest.firstError}`);
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
