// Ingest results cached by content: key = sha1(path, bytes, engine fingerprint, publications).
// Warm rebuilds (and the dev server after one edit) ingest only what changed.
//
// Storage: 16 shards (`articles-<first hex digit of the key>.v8`, v8-serialized), not one file per
// article: a cold build of 10,000 articles writes 16 files instead of 10,000 (+ 10,000 renames), a
// warm build reads 16. A shard is written to a temp file and renamed (a crash mid-write leaves the
// old shard), and only with the entries this build used: entries of files that are gone (or
// changed) are dropped, so the cache stays the size of posts/. An unreadable shard counts as empty.
// A record holds the slimmed Article and, once the site has made one, the SitePost derived from
// it (excerpt, reading time, sanitized body, dates, permalink), keyed by the site's settings.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../types.ts";
import { filesUnder, sha1 } from "./fingerprint.ts";
import type { SitePost } from "./site-types.ts";

/** Bump when the cached shape changes. */
const CACHE_FORMAT = "3";
/** Source folders whose code decides what ingest returns (a change there invalidates the cache). */
const ENGINE_DIRS = ["../ingest", "../article"];
const ENGINE_FILES = ["../types.ts"];
const SOURCE_FILE_RE = /\.(?:ts|json)$/;
const SHARD_FILE_RE = /^articles-([0-9a-f])\.v8$/;
/** The one-JSON-file-per-article cache of earlier versions: removed at the first flush. */
const LEGACY_FILE_RE = /^[0-9a-f]{40}\.json$/;
const shardFile = (dir: string, id: string) => join(dir, `articles-${id}.v8`);

/** A SitePost as made from a cached Article, valid while `salt` (the site's settings and code) holds. */
export interface CachedPost {
  salt: string;
  /** The post before URL collisions and prev/next; `body` left out when it equals the article's. */
  post: SitePost;
  sameBody: boolean;
  /** Warnings making it printed (replayed on every build that uses it). */
  warnings: string[];
}

export interface CacheRecord {
  article: Article;
  post?: CachedPost;
}

interface Shard {
  entries: Map<string, CacheRecord>;
  used: Set<string>;
  dirty: boolean;
}

/** A hash of the ingest engine's own source: any code change gives new cache keys. */
export function engineFingerprint(extra = ""): string {
  const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const files = [...ENGINE_DIRS.flatMap((d) => filesUnder(here(d)).filter((f) => SOURCE_FILE_RE.test(f))), ...ENGINE_FILES.map(here)];
  return sha1(CACHE_FORMAT, extra, ...files.flatMap((f) => [f.slice(f.lastIndexOf("src")), readFileSync(f)]));
}

function readShard(file: string): Map<string, CacheRecord> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return new Map(); // not cached yet: the normal cold start
  }
  try {
    const parsed = deserialize(bytes) as { format: string; entries: [string, CacheRecord][] };
    return parsed.format === CACHE_FORMAT ? new Map(parsed.entries) : new Map();
  } catch {
    return new Map(); // torn or foreign: ingest again and overwrite it
  }
}

/** The shard's bytes; a record v8 cannot serialize (a custom ingest's odd value) is left out. */
function shardBytes(entries: [string, CacheRecord][]): Buffer {
  try {
    return serialize({ format: CACHE_FORMAT, entries });
  } catch {
    const ok = entries.filter(([, record]) => {
      try {
        serialize(record);
        return true;
      } catch {
        return false; // not cacheable: ingested again next time
      }
    });
    return serialize({ format: CACHE_FORMAT, entries: ok });
  }
}

/** The cache key of a file: its path and bytes under the engine's salt (also computed in ingest workers). */
export function cacheKey(salt: string, file: string, bytes: Uint8Array): string {
  return sha1(salt, file, bytes);
}

export class IngestCache {
  private readonly shards = new Map<string, Shard>();
  private keepInMemory = false;
  /** Keys of files seen by the dev server, by path, valid while size and mtime stay the same. */
  private readonly statKeys = new Map<string, { size: number; mtimeMs: number; key: string }>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly dir: string | false,
    private readonly salt: string,
  ) {}

  get inMemory(): boolean {
    return this.keepInMemory;
  }

  /** The dev server (`--serve`, `--watch`) keeps records in memory across rebuilds. */
  setKeepInMemory(keep: boolean): void {
    this.keepInMemory = keep;
    if (!keep) this.statKeys.clear();
  }

  key(path: string, bytes: Uint8Array): string {
    return cacheKey(this.salt, path, bytes);
  }

  /** The salt keys are made with (for workers that make keys of the files they read). */
  get keySalt(): string {
    return this.salt;
  }

  /**
   * Nothing is cached on disk, in a one-off build (a cold build): every file will be ingested, so
   * none needs hashing up front — the ingest makes the keys from the bytes it reads anyway. The
   * dev server always hashes up front: it remembers keys by file stat for the next rebuild.
   */
  isCold(): boolean {
    if (this.keepInMemory) return false;
    if (!this.dir) return true;
    try {
      return !readdirSync(this.dir).some((name) => SHARD_FILE_RE.test(name));
    } catch {
      return true; // no cache folder yet
    }
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

  private shard(key: string): Shard {
    const id = key[0];
    let shard = this.shards.get(id);
    if (!shard) {
      const entries = this.dir ? readShard(shardFile(this.dir, id)) : new Map<string, CacheRecord>();
      this.shards.set(id, (shard = { entries, used: new Set(), dirty: false }));
    }
    return shard;
  }

  get(key: string): CacheRecord | null {
    const shard = this.shard(key);
    const hit = shard.entries.get(key) ?? null;
    if (hit) {
      this.hits++;
      shard.used.add(key);
    } else {
      this.misses++;
    }
    return hit;
  }

  /** Stores a new record; keeps what the site uses (`blocks` and `reports` duplicate the body). */
  set(key: string, article: Article): CacheRecord {
    const record: CacheRecord = { article: { ...article, blocks: [], reports: [] } };
    const shard = this.shard(key);
    shard.entries.set(key, record);
    shard.used.add(key);
    shard.dirty = true;
    return record;
  }

  /** A record got a new derived post: its shard is written at the next flush. */
  changed(key: string): void {
    this.shard(key).dirty = true;
  }

  /**
   * End of a build: every shard that changed or holds entries this build did not use is written
   * with the used entries only; shard files no used key maps to are removed. A one-off build then
   * lets go of the records; the dev server keeps them for the next build.
   */
  flush(): void {
    if (this.dir) {
      mkdirSync(this.dir, { recursive: true });
      for (const [id, shard] of this.shards) {
        if (!shard.dirty && shard.used.size === shard.entries.size) continue;
        const kept = [...shard.entries].filter(([key]) => shard.used.has(key));
        if (kept.length === 0) continue; // removed below
        const file = shardFile(this.dir, id);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, shardBytes(kept));
        renameSync(tmp, file);
      }
      for (const name of readdirSync(this.dir)) {
        const m = SHARD_FILE_RE.exec(name);
        if ((m && !this.shards.get(m[1])?.used.size) || LEGACY_FILE_RE.test(name)) rmSync(join(this.dir, name), { force: true });
      }
    }
    for (const shard of this.shards.values()) {
      for (const key of shard.entries.keys()) if (!shard.used.has(key)) shard.entries.delete(key);
      shard.used.clear();
      shard.dirty = false;
    }
    if (!this.keepInMemory) this.shards.clear();
  }
}
