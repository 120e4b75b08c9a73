import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { ingestAll, workerCount } from "../../src/site/ingest-pool.ts";
import { cacheKey } from "../../src/site/ingest-cache.ts";
import { ROOT } from "./support/build.ts";

const SEEDS = ["000_98d7beee95a910ca.txt", "002_74c576e4f0fb466a.txt", "004_68af5a0512a93f3f.txt"];
const jobs = [...SEEDS, "missing.txt", ...SEEDS].map((name) => ({ file: `posts/${name}`, path: join(ROOT, "posts", name) }));
const read = (job: { path: string }) => readFileSync(job.path);
const strip = (o: object) => JSON.parse(JSON.stringify(o, (k, v) => (k === "blocks" || k === "reports" ? undefined : v)));

describe("ingestAll", () => {
  it("gives the same articles, in input order, in worker threads as in this thread", async () => {
    const here = await ingestAll(jobs.filter((j) => !j.file.includes("missing")), { read, publications: [], loadDefaultIngest: async () => ingest, workers: 0 });
    const pooled = await ingestAll(jobs, {
      read: (j) => (j.file.includes("missing") ? new Uint8Array() : read(j)), publications: [], loadDefaultIngest: async () => ingest, workers: 2, minForWorkers: 1,
    });
    expect(pooled).toHaveLength(jobs.length);
    const withoutMissing = pooled.filter((_, i) => !jobs[i].file.includes("missing"));
    expect(withoutMissing.map(strip)).toEqual(here.map(strip));
    expect(pooled.map((o) => ("article" in o ? o.article.file : "error"))).toEqual(
      jobs.map((j) => (j.file.includes("missing") ? "error" : j.file)),
    );
  });

  it("uses workers only for big batches", () => {
    expect(workerCount(10, 2)).toBe(0);
    expect(workerCount(5000, 2)).toBe(2);
    expect(workerCount(5000, 0)).toBe(0);
    expect(workerCount(3, 8, 1)).toBe(3);
  });

  it("makes each file's cache key from the bytes it reads when given the salt, in workers as in this thread", async () => {
    const good = jobs.filter((j) => !j.file.includes("missing"));
    const expected = good.map((j) => cacheKey("salt", j.file, read(j)));
    for (const workers of [0, 2]) {
      const out = await ingestAll(good, { read, publications: [], loadDefaultIngest: async () => ingest, workers, minForWorkers: 1, keySalt: "salt" });
      expect(out.map((o) => ("key" in o ? o.key : null))).toEqual(expected);
    }
    const none = await ingestAll(good.slice(0, 1), { read, publications: [], loadDefaultIngest: async () => ingest, workers: 0 });
    expect("key" in none[0] && none[0].key).toBeUndefined();
  });
});
