// The packed ingest cache (ingest-cache.ts): records survive a new process, an unreadable shard is
// a miss (never an error), entries of files no longer built are dropped, old per-article files go.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestCache } from "../../src/site/ingest-cache.ts";
import type { Article } from "../../src/types.ts";
import { tempDir } from "./support/build.ts";

const article = (title: string) => ({ title, body: `<p>${title}</p>`, blocks: [{ text: "x" }], reports: [{ rule: "r" }] }) as unknown as Article;
const SALT = "salt";

function fill(dir: string, names: string[]): string[] {
  const cache = new IngestCache(dir, SALT);
  const keys = names.map((n) => cache.key(`posts/${n}.txt`, Buffer.from(n)));
  keys.forEach((k, i) => {
    expect(cache.get(k)).toBeNull();
    cache.set(k, article(names[i]));
  });
  cache.flush();
  return keys;
}

describe("IngestCache", () => {
  it("keeps articles (without blocks and reports) for the next process, in at most 16 files", () => {
    const dir = tempDir("cache");
    const names = Array.from({ length: 60 }, (_, i) => `a${i}`);
    const keys = fill(dir, names);
    const files = readdirSync(dir);
    expect(files.length).toBeLessThanOrEqual(16);
    expect(files.every((f) => /^articles-[0-9a-f]\.v8$/.test(f))).toBe(true);
    const again = new IngestCache(dir, SALT);
    const hit = again.get(keys[7]);
    expect(hit?.article.title).toBe("a7");
    expect(hit?.article.blocks).toEqual([]);
    expect(again.hits).toBe(1);
  });

  it("drops the entries a build did not use, and removes shards nothing maps to", () => {
    const dir = tempDir("cache");
    const keys = fill(dir, ["a", "b", "c"]);
    const cache = new IngestCache(dir, SALT);
    expect(cache.get(keys[0])).not.toBeNull();
    cache.flush();
    const next = new IngestCache(dir, SALT);
    expect(next.get(keys[0])).not.toBeNull();
    expect(next.get(keys[1])).toBeNull();
    expect(next.get(keys[2])).toBeNull();
    expect(readdirSync(dir)).toEqual([`articles-${keys[0][0]}.v8`]);
  });

  it("reads a torn or foreign shard as empty; removes the old one-file-per-article entries", () => {
    const dir = tempDir("cache");
    const [key] = fill(dir, ["a"]);
    writeFileSync(join(dir, `articles-${key[0]}.v8`), "not v8");
    const legacy = `${"0".repeat(40)}.json`;
    writeFileSync(join(dir, legacy), "{}");
    const cache = new IngestCache(dir, SALT);
    expect(cache.get(key)).toBeNull();
    cache.set(key, article("a"));
    cache.flush();
    expect(readdirSync(dir)).not.toContain(legacy);
    expect(new IngestCache(dir, SALT).get(key)?.article.title).toBe("a");
  });

  it("is cold (nothing to look up, no need to hash files up front) only while no shard is on disk, and never for the dev server", () => {
    const dir = tempDir("cache");
    expect(new IngestCache(join(dir, "missing"), SALT).isCold()).toBe(true);
    expect(new IngestCache(false, SALT).isCold()).toBe(true);
    const cache = new IngestCache(dir, SALT);
    expect(cache.isCold()).toBe(true);
    cache.setKeepInMemory(true);
    expect(cache.isCold()).toBe(false);
    fill(dir, ["a"]);
    expect(new IngestCache(dir, SALT).isCold()).toBe(false);
  });
});
