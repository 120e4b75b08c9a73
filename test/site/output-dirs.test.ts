// prepareOutputDirs: every output folder made (in a worker thread), and never a rejection.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { outputDirs, prepareOutputDirs } from "../../src/site/output-dirs.ts";
import type { RenderSet } from "../../src/site/site-types.ts";

const page = (permalink: string) => ({ permalink });
const renderSet = (posts: string[], listPages: string[] = [], feeds: string[] = []) =>
  ({ posts: posts.map(page), listPages: listPages.map(page), feeds: feeds.map(page) }) as unknown as RenderSet;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "zt-outdirs-"));
  made.push(dir);
  return dir;
};

describe("outputDirs", () => {
  it("lists each folder once, posts first, in the order of the pages", () => {
    const dirs = outputDirs("/out", renderSet(["/a/2021/12/15/x.html", "/a/2021/12/15/y.html", "/b/2020/01/02/z.html"], ["/category/a.html"], ["/feed.xml"]));
    expect(dirs).toEqual(["/out/a/2021/12/15", "/out/b/2020/01/02", "/out/category", "/out"]);
  });
});

describe("prepareOutputDirs", () => {
  it("makes every folder the pages will be written to", async () => {
    const out = scratch();
    const posts = Array.from({ length: 40 }, (_, i) => `/c${i % 3}/2021/${String((i % 12) + 1).padStart(2, "0")}/${String(i + 1).padStart(2, "0")}/p${i}.html`);
    await prepareOutputDirs(out, renderSet(posts, ["/category/c0/page/2.html"]), 1);
    for (const p of [...posts, "/category/c0/page/2.html"]) expect(existsSync(join(out, p, ".."))).toBe(true);
  });

  it("skips the worker for a handful of folders (Eleventy makes them as it writes)", async () => {
    const out = scratch();
    await prepareOutputDirs(out, renderSet(["/a/2021/01/01/x.html"]));
    expect(existsSync(join(out, "a"))).toBe(false);
  });

  it("resolves even when a folder cannot be made (Eleventy reports it at write time)", async () => {
    const out = scratch();
    writeFileSync(join(out, "blocked"), "a file where a folder should go");
    await expect(prepareOutputDirs(out, renderSet(["/blocked/2021/01/01/x.html", "/ok/2021/01/01/y.html"]), 1)).resolves.toBeUndefined();
    expect(existsSync(join(out, "ok/2021/01/01"))).toBe(true);
  });
});
