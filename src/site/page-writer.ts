// Writes pages from a worker thread: the main thread renders while the other core makes folders
// and writes files (10,000 post pages: 1–5 s of kernel time on a 2-core runner, depending on the
// disk). Pages are sent in batches; `close()` resolves when every file is on disk, with the files
// that could not be written and why.
import { Worker } from "node:worker_threads";

/** The worker: plain JavaScript, no imports but fs and path, so it starts in a few milliseconds. */
const WRITER_WORKER = `
const { mkdirSync, writeFileSync } = require("node:fs");
const { dirname } = require("node:path");
const { parentPort } = require("node:worker_threads");
const made = new Set();
const failed = [];
let written = 0;
parentPort.on("message", (batch) => {
  if (batch === null) return parentPort.postMessage({ written, failed });
  for (let i = 0; i < batch.length; i += 2) {
    const file = batch[i];
    try {
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, batch[i + 1]);
      written++;
    } catch (error) {
      failed.push({ file, message: error.message });
    }
  }
});`;

/** Pages per message: small enough to start writing early, large enough to keep messages few. */
export const WRITE_BATCH = 100;

export interface WriteReport {
  written: number;
  failed: { file: string; message: string }[];
}

export class PageWriter {
  private readonly worker: Worker;
  private readonly report: Promise<WriteReport>;
  private batch: string[] = [];

  constructor() {
    this.worker = new Worker(WRITER_WORKER, { eval: true, execArgv: [] });
    this.worker.unref(); // a failed build does not wait for it
    this.report = new Promise((resolve, reject) => {
      this.worker.once("message", resolve);
      this.worker.once("error", reject);
      this.worker.once("exit", (code) => reject(new Error(`the page writer stopped (exit code ${code})`)));
    });
    this.report.catch(() => undefined); // seen by close()
  }

  /** Queues `content` for the file at `path` (absolute). */
  write(path: string, content: string): void {
    this.batch.push(path, content);
    if (this.batch.length >= WRITE_BATCH * 2) this.flush();
  }

  private flush(): void {
    if (this.batch.length) this.worker.postMessage(this.batch);
    this.batch = [];
  }

  /** Every queued page written (or failed); the worker stops. */
  async close(): Promise<WriteReport> {
    this.flush();
    this.worker.postMessage(null);
    try {
      return await this.report;
    } finally {
      void this.worker.terminate();
    }
  }
}
