// One ingest worker thread: reads and ingests its share of the files (and makes their cache keys
// when given the salt), posts the results back in order. Started by ingest-pool.ts; errors are
// returned per file, never thrown across threads.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { ingest } from "../ingest/index.ts";
import type { Publication } from "../types.ts";
import { cacheKey } from "./ingest-cache.ts";
import type { IngestJob, IngestOutcome } from "./ingest-pool.ts";

/** Results go back in batches of this many, so no thread holds a whole share's copy at once. */
const BATCH_ARTICLES = 200;

const { jobs, publications, keySalt } = workerData as { jobs: IngestJob[]; publications: Publication[]; keySalt?: string };
let batch: IngestOutcome[] = [];
for (const job of jobs) {
  try {
    const bytes = readFileSync(job.path);
    const key = keySalt === undefined ? undefined : cacheKey(keySalt, job.file, bytes);
    const article = ingest({ path: job.file, bytes }, { publications });
    batch.push({ article: { ...article, blocks: [], reports: [] }, key });
  } catch (error) {
    batch.push({ error: error instanceof Error ? error.message : String(error) });
  }
  if (batch.length === BATCH_ARTICLES) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
parentPort!.postMessage(batch);
parentPort!.postMessage("done");
