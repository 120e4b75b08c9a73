// Cold builds ingest thousands of files: spread them over worker threads (one per core), so
// a 2-core runner ingests twice as fast. Small batches (the dev server after one edit, the demo)
// and a custom ingest function run in this thread. Results come back in input order.
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article, Publication } from "../types.ts";
import type { IngestFn } from "./options.ts";
import { bundledWorker, WORKER_ENTRY } from "./worker-bundle.ts";
import { cacheKey } from "./ingest-cache.ts";

/**
 * Below this many files to ingest, starting workers costs more than it saves: a worker needs
 * a few tenths of a second to load the engine, and one thread ingests ≈1,700 mixed articles/s.
 */
export const MIN_ARTICLES_FOR_WORKERS = 2000;
/** More threads than this do not help: the build also writes files and renders pages. */
export const MAX_WORKERS = 4;

export interface IngestJob {
  /** Path as reported (`posts/x.txt`). */
  file: string;
  /** Path to read. */
  path: string;
}

/** An article (with the file's cache key when `keySalt` was given), or why the file is none. */
export type IngestOutcome = { article: Article; key?: string } | { error: string };

/** Fallback worker entry (no bundle): plain JS that registers tsx, then loads the TypeScript worker. */
function tsxWorkerSource(): string {
  const url = pathToFileURL(WORKER_ENTRY).href;
  return `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
}

/** A worker over `jobs`: the bundled plain-JS worker when there is one (no tsx, no flags inherited), else through tsx. */
function startWorker(bundle: string | null, workerData: unknown): Worker {
  if (bundle) return new Worker(bundle, { workerData, execArgv: [] });
  return new Worker(tsxWorkerSource(), { eval: true, workerData });
}

interface WorkerInput {
  jobs: IngestJob[];
  publications: Publication[];
  keySalt?: string;
}

function runWorker(bundle: string | null, input: WorkerInput, onBatch: (outcomes: IngestOutcome[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(bundle, input);
    worker.on("message", (message: IngestOutcome[] | "done") => {
      if (message !== "done") {
        onBatch(message);
        return;
      }
      resolve();
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`ingest worker exited with code ${code}`));
    });
  });
}

function ingestOne(job: IngestJob, read: (job: IngestJob) => Uint8Array, ingest: IngestFn, publications: Publication[], keySalt?: string): IngestOutcome {
  try {
    const bytes = read(job);
    const key = keySalt === undefined ? undefined : cacheKey(keySalt, job.file, bytes);
    return { article: ingest({ path: job.file, bytes }, { publications }), key };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** How many workers to use for `count` files (0 = this thread). */
export function workerCount(count: number, requested: number | "auto", min = MIN_ARTICLES_FOR_WORKERS): number {
  const wanted = requested === "auto" ? Math.min(availableParallelism(), MAX_WORKERS) : requested;
  return count >= min && wanted > 1 ? Math.min(wanted, count) : 0;
}

/**
 * Ingest `jobs`; `ingest` given → always in this thread (the workers load src/ingest themselves).
 * Files are dealt round-robin so that every worker gets a similar mix of inputs. `onOutcome` sees
 * each result as it arrives (in no set order), so the caller can work on it while workers go on.
 */
export async function ingestAll(
  jobs: IngestJob[],
  options: {
    read: (job: IngestJob) => Uint8Array;
    publications: Publication[];
    ingest?: IngestFn;
    /** Loads src/ingest in this thread only when needed (≈0.5 s that warm builds skip). */
    loadDefaultIngest: () => Promise<IngestFn>;
    workers: number | "auto";
    minForWorkers?: number;
    /** Where the bundled worker is kept (the cache folder; false: the system's temp folder). */
    bundleDir?: string | false;
    onOutcome?: (index: number, outcome: IngestOutcome) => void;
    /** Given: each outcome carries its file's cache key, made from the bytes read for ingest. */
    keySalt?: string;
  },
): Promise<IngestOutcome[]> {
  if (jobs.length === 0) return [];
  const outcomes: IngestOutcome[] = new Array(jobs.length);
  const arrive = (index: number, outcome: IngestOutcome) => {
    outcomes[index] = outcome;
    options.onOutcome?.(index, outcome);
  };
  const n = options.ingest ? 0 : workerCount(jobs.length, options.workers, options.minForWorkers);
  if (n === 0) {
    const ingest = options.ingest ?? (await options.loadDefaultIngest());
    jobs.forEach((job, i) => arrive(i, ingestOne(job, options.read, ingest, options.publications, options.keySalt)));
    return outcomes;
  }
  const shares = Array.from({ length: n }, (_, w) => jobs.filter((_, i) => i % n === w));
  const bundle = await bundledWorker(options.bundleDir ?? false);
  await Promise.all(
    shares.map((share, w) => {
      let k = 0; // the share's k-th file is job k·n + w
      return runWorker(bundle, { jobs: share, publications: options.publications, keySalt: options.keySalt }, (batch) => {
        for (const outcome of batch) arrive(k++ * n + w, outcome);
      });
    }),
  );
  return outcomes;
}
