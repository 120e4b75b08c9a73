// One ingest worker thread: reads and ingests its share of the files and, when asked, also makes
// each article's SitePost (excerpt, reading time, sanitized body, dates: the site's per-post work),
// so that a cold build does that on every core too. Results go back in order, in batches; errors
// are returned per file, never thrown across threads. Started by ingest-pool.ts.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { ingest } from "../ingest/index.ts";
import type { Publication } from "../types.ts";
import type { IngestJob, IngestOutcome, PostModelInput } from "./ingest-pool.ts";
import { Warnings } from "./log.ts";
import { makeCachedPost, modelContext } from "./post-model.ts";
import { urlContext } from "./urls.ts";

/** Results go back in batches of this many, so no thread holds a whole share's copy at once. */
const BATCH_ARTICLES = 200;

const { jobs, publications, model } = workerData as { jobs: IngestJob[]; publications: Publication[]; model?: PostModelInput };
// Warnings of making a post travel with it (the main thread prints them); none are printed here.
const ctx = model && modelContext(model.site, publications, urlContext(model.site.url, model.pathPrefix), new Warnings(() => undefined));
let batch: IngestOutcome[] = [];
for (const job of jobs) {
  try {
    const article = { ...ingest({ path: job.file, bytes: readFileSync(job.path) }, { publications }), blocks: [], reports: [] };
    const post = ctx ? makeCachedPost(job.file, article, ctx).cached : undefined;
    ctx?.warnings.flush();
    batch.push({ article, post });
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
