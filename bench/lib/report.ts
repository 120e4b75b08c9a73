// The bench's results: one JSON record per N (bench/results/<N>.json) and the Markdown table.
import { cpus, release } from "node:os";
import type { Timing } from "./measure.ts";
import { median } from "./measure.ts";
import type { ServeResult } from "./serve.ts";
import type { CorpusInfo } from "./write-corpus.ts";

export interface Series {
  runs: Timing[];
  wallS: number;
  userS: number;
  /** user + system CPU seconds: steadier than wall time on a shared machine. */
  cpuS: number;
  peakRssMiB: number;
}

export interface BenchResult {
  n: number;
  date: string;
  machine: { cpus: number; model: string; node: string; kernel: string };
  corpus: CorpusInfo;
  cold: Series;
  warm: Series;
  edit: Series & { verified: boolean };
  pages: number;
  baseline: Series & { pages: number };
  /** Writing our output files with no templating (mkdir + writeFile): the floor every build pays. */
  writeFloor: Series;
  /** ours cold / baseline, medians of wall time. */
  ratio: number;
  /** the same for CPU time (user + system). */
  cpuRatio: number;
  ingest: { perSecond: number; docs: number; failed: number; firstError: string | null };
  serve: ServeResult | null;
  warnings: string[];
  /** The commit measured (`--commit`), or absent for the working tree. */
  commit?: string;
}

export function series(runs: Timing[]): Series {
  return {
    runs,
    wallS: median(runs.map((r) => r.wallS)),
    userS: median(runs.map((r) => r.userS)),
    cpuS: median(runs.map((r) => r.userS + r.sysS)),
    peakRssMiB: median(runs.map((r) => r.peakRssMiB)),
  };
}

export function machine(): BenchResult["machine"] {
  const list = cpus();
  return { cpus: list.length, model: list[0]?.model ?? "unknown", node: process.version, kernel: release() };
}

const s = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "–");
const mib = (x: number): string => (Number.isFinite(x) ? String(Math.round(x)) : "–");

export function markdownTable(results: readonly BenchResult[]): string {
  const head =
    "| N | cold build s | cold CPU s | peak RSS MiB | warm rebuild s (× cold) | after 1 edit s | ingest articles/s | pages | baseline s | baseline CPU s | baseline RSS MiB | ours / baseline (wall) | (CPU) | write floor s | dev server s |\n" +
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const rows = results.map((r) =>
    [
      r.n.toLocaleString("en-US"),
      s(r.cold.wallS),
      s(r.cold.cpuS),
      mib(r.cold.peakRssMiB),
      `${s(r.warm.wallS)} (${s(r.warm.wallS / r.cold.wallS)})`,
      `${s(r.edit.wallS)}${r.edit.verified ? "" : " (change not seen!)"}`,
      r.ingest.failed ? `${Math.round(r.ingest.perSecond)} (${r.ingest.failed} failed)` : String(Math.round(r.ingest.perSecond)),
      String(r.pages),
      s(r.baseline.wallS),
      s(r.baseline.cpuS),
      mib(r.baseline.peakRssMiB),
      s(r.ratio),
      s(r.cpuRatio ?? Number.NaN),
      r.writeFloor ? s(r.writeFloor.wallS) : "–", // older result files have none
      r.serve?.seconds != null ? s(r.serve.seconds) : r.serve ? "n/a" : "–",
    ].join(" | "),
  );
  return [head, ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** time(hi)/time(lo) for every pair of measured N (issue 4: 10,000 vs 2,000 ≤ 5.5). */
export function scalingLines(results: readonly BenchResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const lines: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1];
    const hi = sorted[i];
    const t = hi.cold.wallS / lo.cold.wallS;
    const exponent = Math.log(t) / Math.log(hi.n / lo.n);
    lines.push(`scaling N=${lo.n} → ${hi.n} (×${(hi.n / lo.n).toFixed(1)} posts): cold ×${t.toFixed(2)}, exponent ${exponent.toFixed(2)} (1 = linear)`);
  }
  return lines;
}
