// Cold builds write ~10,000 post pages into ~10,000 new folders (`/<cat>/<yyyy>/<mm>/<dd>/`), and
// Eleventy makes each folder with a synchronous mkdir on the main thread just before writing the
// page (0.1–0.3 ms each here: 1–3 s at 10,000). A small worker thread makes them up front, on the
// other core, while Eleventy paginates and renders on the main thread.
//
// Not libuv's thread pool: 10,000 queued mkdirs there held up Eleventy's own file reads (the
// module loads of its template engines) for ~0.8 s, and mkdirs fed a few at a time from the
// main thread's event loop stalled while Eleventy kept that thread busy.
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { RenderSet } from "./site-types.ts";

/** The folders the pages of `render` are written to, each once, in the order Eleventy writes them. */
export function outputDirs(output: string, render: RenderSet): string[] {
  const dirs = new Set<string>();
  for (const list of [render.posts, render.listPages, render.feeds]) {
    for (const page of list) dirs.add(dirname(join(output, page.permalink)));
  }
  return [...dirs];
}

/** The worker: plain JavaScript, no imports but fs, so it starts in a few milliseconds. */
const MKDIR_WORKER = `
const { mkdirSync } = require("node:fs");
const { workerData } = require("node:worker_threads");
for (const dir of workerData) {
  try { mkdirSync(dir, { recursive: true }); } catch {}
}`;

/** Below this many folders a worker costs more than it saves: Eleventy makes them as it writes. */
export const MIN_DIRS_FOR_WORKER = 200;

/**
 * Starts making the output folders of the pages to render; resolves when done, never rejects
 * (a folder that cannot be made is reported by Eleventy's own mkdir right before the write).
 */
export function prepareOutputDirs(output: string, render: RenderSet, min: number = MIN_DIRS_FOR_WORKER): Promise<void> {
  const dirs = outputDirs(output, render);
  if (dirs.length < min) return Promise.resolve();
  return new Promise((resolve) => {
    const worker = new Worker(MKDIR_WORKER, { eval: true, workerData: dirs, execArgv: [] });
    worker.unref(); // never keeps a finished build waiting
    worker.once("exit", () => resolve());
    worker.once("error", () => resolve());
  });
}
