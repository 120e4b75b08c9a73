// Articles per second of the ingest engine, in this process (one core), and how often its
// fields agree with the generator's ground truth.
import type { Article, IngestOptions, RawDocument } from "../../src/types.ts";
import type { Truth } from "./generate.ts";
import { median } from "./measure.ts";

export type IngestFn = (raw: RawDocument, options?: IngestOptions) => Article;

/** Inputs run once, untimed, before measuring (JIT and caches warm). */
const WARM_UP_DOCS = 200;

export interface RateResult {
  docs: number;
  failed: number;
  /** Median over the passes (wall clock). */
  perSecond: number;
  /** The same per second of this process's CPU time: steadier when other jobs share the cores. */
  perCpuSecond: number;
  passes: number[];
  /** First error message, if any input failed. */
  firstError: string | null;
}

export function ingestRate(ingest: IngestFn, docs: readonly RawDocument[], options: IngestOptions, passes = 3): RateResult {
  let firstError: string | null = null;
  let failed = 0;
  const runOne = (doc: RawDocument): Article | null => {
    try {
      return ingest(doc, options);
    } catch (error) {
      firstError ??= `${doc.path}: ${(error as Error).message}`;
      return null;
    }
  };
  for (const doc of docs.slice(0, WARM_UP_DOCS)) runOne(doc);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    let failedThisPass = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const doc of docs) if (runOne(doc) === null) failedThisPass++;
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    rates.push(docs.length / seconds);
    cpuRates.push(docs.length / ((used.user + used.system) / 1e6));
    failed = failedThisPass;
  }
  return { docs: docs.length, failed, perSecond: median(rates), perCpuSecond: median(cpuRates), passes: rates, firstError };
}

export interface Agreement {
  title: number;
  date: number;
  source: number;
  category: number;
  author: number;
}

/** Share of inputs (0–1) whose extracted field equals the ground truth. */
export function agreement(ingest: IngestFn, docs: readonly RawDocument[], truths: readonly Truth[], options: IngestOptions): Agreement {
  const hits = { title: 0, date: 0, source: 0, category: 0, author: 0 };
  docs.forEach((doc, i) => {
    let a: Article;
    try {
      a = ingest(doc, options);
    } catch {
      return; // counted as a miss in every field; the rate pass reports the error
    }
    const t = truths[i];
    if (a.title === t.title) hits.title++;
    if (a.date === t.date) hits.date++;
    if (a.source === t.source) hits.source++;
    if (a.category === t.category) hits.category++;
    if (a.author === t.author) hits.author++;
  });
  const n = docs.length || 1;
  return {
    title: hits.title / n, date: hits.date / n, source: hits.source / n, category: hits.category / n, author: hits.author / n,
  };
}
