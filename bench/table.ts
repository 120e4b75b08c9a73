// Print the Markdown table of the results the bench wrote (bench/results/<N>.json), without
// running anything: `npx tsx bench/table.ts [N ...]`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_ROOT } from "./lib/project.ts";
import { markdownTable, scalingLines, type BenchResult } from "./lib/report.ts";

const dir = join(BENCH_ROOT, "results");
const wanted = process.argv.slice(2);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)) : [];
const results = files
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as BenchResult)
  .filter((r) => wanted.length === 0 || wanted.includes(String(r.n)))
  .sort((a, b) => a.n - b.n);
if (!results.length) {
  console.error("no results yet: run `npm run bench -- 1000 5000 10000` first");
  process.exit(1);
}
const m = results[0].machine;
console.log(`${m.cpus} × ${m.model}, Node ${m.node}, Linux ${m.kernel}; measured ${results.map((r) => r.date.slice(0, 10)).filter((d, i, a) => a.indexOf(d) === i).join(", ")}\n`);
console.log(markdownTable(results));
for (const line of scalingLines(results)) console.log(`\n${line}`);
