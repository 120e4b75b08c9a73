// The file-system floor of a build: the time to write the same output files into fresh folders
// the way Eleventy writes them (mkdirSync of each new folder, writeFileSync of each file), with
// no templating at all. Every generator pays it; on a VM with slow metadata operations it is
// a large share of a build, and it bounds how far below the baseline any design can go.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { clean, listFiles } from "./workspace.ts";
import type { Timing } from "./measure.ts";

/** Flush dirty pages so that one measurement does not pay for the previous one's writes. */
export function syncDisks(): void {
  spawnSync("sync");
}

export function writeFloor(outDir: string, scratch: string): Timing {
  const files = listFiles(outDir, "").map((f) => [join(scratch, relative(outDir, f)), readFileSync(f)] as const);
  clean([scratch]);
  syncDisks();
  const made = new Set<string>();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [path, bytes] of files) {
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, bytes);
  }
  const wallS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clean([scratch]);
  return { wallS, userS: used.user / 1e6, sysS: used.system / 1e6, peakRssMiB: Number.NaN };
}
