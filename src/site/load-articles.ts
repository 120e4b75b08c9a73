// posts/ → Article[]: every file the ingest engine reads (any depth, dotfiles skipped), in path
// order, through the content-hash cache; what the cache lacks is ingested (in worker threads
// when there is a lot of it). A file that cannot be ingested is reported by name and left out.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Publication } from "../types.ts";
import type { IngestFn } from "./options.ts";
import type { CacheRecord, IngestCache } from "./ingest-cache.ts";
import type { Warnings } from "./log.ts";
import { ingestAll, type IngestJob } from "./ingest-pool.ts";

/** Extensions the ingest engine reads. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
const ARTICLE_FILE_RE = /\.(?:txt|md|markdown|html?)$/i;

export interface LoadedArticle {
  /** Path relative to the working directory, `/`-separated (`posts/000_x.txt`). */
  file: string;
  /** The ingest cache key: a hash of the path, the bytes, the engine and the publications. */
  key: string;
  /** The article (and the post derived from it, once made): the cache's own record. */
  record: CacheRecord;
}

export interface LoadOptions {
  publications: Publication[];
  cache: IngestCache;
  warnings: Warnings;
  /** A custom ingest function (runs in this thread), or undefined for src/ingest. */
  ingest?: IngestFn;
  loadDefaultIngest: () => Promise<IngestFn>;
  workers: number | "auto";
  /** Fewest files to ingest in worker threads (ingest-pool.ts's default when left out). */
  minForWorkers?: number;
  /** Where the bundled ingest worker is kept (see worker-bundle.ts). */
  bundleDir?: string | false;
  /** Called with each newly ingested article as soon as it arrives (while workers go on). */
  prepare?: (loaded: LoadedArticle) => void;
}

/** Article files under `dir`, sorted by path; missing folder → []. */
export function listArticleFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && ARTICLE_FILE_RE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).some((part) => part.startsWith(".")))
    .sort();
}

export async function loadArticles(dir: string, o: LoadOptions): Promise<LoadedArticle[]> {
  const found: (LoadedArticle | null)[] = [];
  const misses: (IngestJob & { at: number; key?: string })[] = [];
  // A cold cache holds nothing: no file is hashed up front, the ingest makes the keys as it reads.
  const cold = o.cache.isCold();
  for (const path of listArticleFiles(dir)) {
    const file = relative(process.cwd(), path).split(sep).join("/");
    const key = cold ? undefined : o.cache.keyOf(file, path);
    const record = key === undefined ? null : o.cache.get(key);
    if (!record) misses.push({ file, path, at: found.length, key });
    found.push(record && key ? { file, key, record } : null);
  }
  // Bytes are read again for what must be ingested: holding 60 MB of raw files meanwhile costs more.
  const outcomes = await ingestAll(misses, {
    ...o,
    read: (job) => readFileSync(job.path),
    keySalt: cold ? o.cache.keySalt : undefined,
    onOutcome: (i, outcome) => {
      if ("error" in outcome) return;
      const miss = misses[i];
      const key = miss.key ?? outcome.key!;
      const loaded = { file: miss.file, key, record: o.cache.set(key, outcome.article) };
      found[miss.at] = loaded;
      o.prepare?.(loaded);
    },
  });
  outcomes.forEach((outcome, i) => {
    if ("error" in outcome) o.warnings.add(misses[i].file, `skipped, cannot be read as an article: ${outcome.error}`);
  });
  return found.filter((f): f is LoadedArticle => f !== null);
}
