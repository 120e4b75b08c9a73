// Posts made while the ingest workers are still busy (loadArticles' `prepare` → preparePost) give
// the same site data, and the same warnings in the same order, as posts made afterwards by
// buildSiteData; each newly ingested article is prepared exactly once.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/site/ingest-cache.ts";
import { loadArticles, type LoadedArticle } from "../../src/site/load-articles.ts";
import { Warnings } from "../../src/site/log.ts";
import { resolveOptions } from "../../src/site/options.ts";
import { modelContext } from "../../src/site/post-model.ts";
import { buildSiteData, preparePost } from "../../src/site/site-data.ts";
import { urlContext } from "../../src/site/urls.ts";
import { ROOT, tempDir } from "./support/build.ts";

const SEEDS = ["000_98d7beee95a910ca.txt", "001_fd9a35c044ef1716.txt", "002_74c576e4f0fb466a.txt", "003_cee063c0b4a05006.txt", "004_68af5a0512a93f3f.txt"];

function postsDir(): string {
  const dir = join(tempDir("prepare"), "posts");
  mkdirSync(dir, { recursive: true });
  for (const name of SEEDS) copyFileSync(join(ROOT, "posts", name), join(dir, name));
  // No title, no date, an unusable tag: three warnings from making the post.
  writeFileSync(join(dir, "zz-untitled.md"), "---\ntags: [\"!!!\"]\n---\n\n正文第一段，没有标题也没有日期。\n");
  writeFileSync(join(dir, "aa-empty.txt"), ""); // cannot be ingested: a loader warning
  return dir;
}

async function build(dir: string, withPrepare: boolean) {
  const { site, publications } = resolveOptions();
  const lines: string[] = [];
  const warnings = new Warnings((line) => lines.push(line));
  const ctx = modelContext(site, publications, urlContext(site.url), warnings);
  const prepared: string[] = [];
  const loaded = await loadArticles(dir, {
    publications, cache: new IngestCache(false, "salt"), warnings, loadDefaultIngest: async () => ingest,
    workers: 2, minForWorkers: 1,
    prepare: withPrepare ? (l: LoadedArticle) => { prepared.push(l.file); preparePost(l, ctx); } : undefined,
  });
  const data = buildSiteData(loaded, ctx);
  warnings.flush();
  return { data, lines, prepared };
}

describe("preparePost", () => {
  it("gives the same site data and warnings as making posts afterwards", async () => {
    const dir = postsDir();
    const later = await build(dir, false);
    const early = await build(dir, true);
    expect(later.prepared).toEqual([]);
    expect([...early.prepared].sort()).toEqual(later.data.posts.map((p) => p.file).sort());
    expect(new Set(early.prepared).size).toBe(early.prepared.length);
    expect(JSON.stringify(early.data)).toBe(JSON.stringify(later.data));
    expect(early.lines).toEqual(later.lines);
    expect(later.lines.some((l) => l.includes("aa-empty.txt") && l.includes("skipped"))).toBe(true);
    expect(later.lines.some((l) => l.includes("zz-untitled.md") && l.includes("no title"))).toBe(true);
    expect(later.lines.some((l) => l.includes("zz-untitled.md") && l.includes("no date"))).toBe(true);
  });
});
