// Ingest results cached by content: key = sha1(path, bytes, engine fingerprint, publications).
// Warm rebuilds (and the dev server after one edit) ingest only what changed. Entries are JSON
// files in `.cache/zhuanzai/` written atomically; an unreadable entry counts as a miss.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../types.ts";

/** Bump when the cached shape changes. */
const CACHE_FORMAT = "2";
/** Source folders whose code decides what ingest returns (a change there invalidates the cache). */
const ENGINE_DIRS = ["../ingest", "../article"];
const ENGINE_FILES = ["../types.ts"];
const SOURCE_FILE_RE = /\.(?:ts|json)$/;

function sha1(...parts: (string | Uint8Array)[]): string {
  const h = createHash("sha1");
  for (const p of parts) h.update(p).update("\u0000");
  return h.digest("hex");
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE_FILE_RE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A hash of the ingest engine's own source: any code change gives new cache keys. */
export function engineFingerprint(extra = ""): string {
  const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const files = [...ENGINE_DIRS.flatMap((d) => listSources(here(d))), ...ENGINE_FILES.map(here)];
  return sha1(CACHE_FORMAT, extra, ...files.flatMap((f) => [f.slice(f.lastIndexOf("src")), readFileSync(f)]));
}

export class IngestCache {
  /** Articles seen by this process, kept only by the dev server (a one-off build would hold 10,000 for nothing). */
  private readonly memory = new Map<string, Article>();
  private keepInMemory = false;
  hits = 0;
  misses = 0;

  get inMemory(): boolean {
    return this.keepInMemory;
  }

  /** The dev server (`--serve`, `--watch`) keeps articles in memory across rebuilds. */
  setKeepInMemory(keep: boolean): void {
    this.keepInMemory = keep;
    if (!keep) {
      this.memory.clear();
      this.statKeys.clear();
    }
  }

  constructor(
    private readonly dir: string | false,
    private readonly salt: string,
  ) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** Keys of files seen by the dev server, by path, valid while size and mtime stay the same. */
  private readonly statKeys = new Map<string, { size: number; mtimeMs: number; key: string }>();

  key(path: string, bytes: Uint8Array): string {
    return sha1(this.salt, path, bytes);
  }

  /** The cache key of a file: hashed from its bytes, or (dev server) remembered while it is untouched. */
  keyOf(file: string, path: string): string {
    if (!this.keepInMemory) return this.key(file, readFileSync(path));
    const { size, mtimeMs } = statSync(path);
    const known = this.statKeys.get(path);
    if (known && known.size === size && known.mtimeMs === mtimeMs) return known.key;
    const key = this.key(file, readFileSync(path));
    this.statKeys.set(path, { size, mtimeMs, key });
    return key;
  }

  get(key: string): Article | null {
    const hit = this.memory.get(key) ?? this.readDisk(key);
    if (hit) {
      this.hits++;
      if (this.keepInMemory) this.memory.set(key, hit);
    } else {
      this.misses++;
    }
    return hit;
  }

  /** Keeps what the site uses: `blocks` and `reports` (the body's source and rule log) are dropped. */
  set(key: string, article: Article): void {
    const kept: Article = { ...article, blocks: [], reports: [] };
    if (this.keepInMemory) this.memory.set(key, kept);
    if (!this.dir) return;
    const file = join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(kept));
    renameSync(tmp, file);
  }

  private readDisk(key: string): Article | null {
    if (!this.dir) return null;
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${key}.json`), "utf8");
    } catch {
      return null; // not cached yet: the normal miss
    }
    try {
      return JSON.parse(text) as Article;
    } catch {
      return null; // a torn or foreign file: ingest again and overwrite it
    }
  }
}
