// One ingest worker thread: reads and ingests its share of the files, posts the results back in
// order. Started by ingest-pool.ts; errors are returned per file, never thrown across threads.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { ingest } from "../ingest/index.ts";
import type { Publication } from "../types.ts";
import type { IngestJob, IngestOutcome } from "./ingest-pool.ts";

const { jobs, publications } = workerData as { jobs: IngestJob[]; publications: Publication[] };
const outcomes: IngestOutcome[] = jobs.map((job) => {
  try {
    const article = ingest({ path: job.file, bytes: readFileSync(job.path) }, { publications });
    return { article: { ...article, blocks: [], reports: [] } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
});
parentPort!.postMessage(outcomes);
