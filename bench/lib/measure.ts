// Run one command under GNU time (`/usr/bin/time -v`) and read wall time, CPU time and peak RSS
// (the largest process of the tree: tsx's child node process, for our build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GNU_TIME = "/usr/bin/time";
const KIB_PER_MIB = 1024;

export interface Timing {
  wallS: number;
  userS: number;
  sysS: number;
  peakRssMiB: number;
}

export interface RunResult extends Timing {
  status: number;
  /** The last lines of stdout + stderr, for error messages. */
  tail: string;
}

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} is missing: install GNU time (apt-get install -y time) to measure wall time and peak RSS.`);
  }
}

/** `Elapsed (wall clock) time (h:mm:ss or m:ss): 0:03.52` → 3.52 */
function clockSeconds(value: string): number {
  return value.split(":").reduce((s, part) => s * 60 + Number.parseFloat(part), 0);
}

export function parseGnuTime(report: string): Timing {
  const field = (label: string): string => {
    const line = report.split("\n").find((l) => l.trim().startsWith(label));
    if (!line) throw new Error(`GNU time report has no "${label}" line:\n${report}`);
    return line.slice(line.lastIndexOf(": ") + 2).trim();
  };
  return {
    wallS: clockSeconds(field("Elapsed (wall clock) time")),
    userS: Number.parseFloat(field("User time (seconds)")),
    sysS: Number.parseFloat(field("System time (seconds)")),
    peakRssMiB: Number.parseInt(field("Maximum resident set size (kbytes)"), 10) / KIB_PER_MIB,
  };
}

/** Run `command` (a shell line) in `cwd` under GNU time. */
export function timed(command: string, cwd: string, env: NodeJS.ProcessEnv = process.env): RunResult {
  const dir = mkdtempSync(join(tmpdir(), "zhuanzai-time-"));
  const report = join(dir, "time.txt");
  try {
    const run = spawnSync(GNU_TIME, ["-v", "-o", report, "sh", "-c", command], {
      cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    const tail = `${run.stdout ?? ""}\n${run.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    return { ...parseGnuTime(readFileSync(report, "utf8")), status: run.status ?? 1, tail };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
