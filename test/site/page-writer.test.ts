// The page writer: every page on disk when close() resolves, folders made as needed, pages of one
// folder on one thread, failures reported by file instead of thrown from a worker.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_WRITERS, MIN_PAGES_PER_WRITER, PageWriter, writerCount } from "../../src/site/page-writer.ts";
import { listFiles, tempDir } from "./support/build.ts";

describe("PageWriter", () => {
  it("writes every page, in new folders, with more than one thread for a big site", async () => {
    const out = tempDir("writer");
    const pages = 2 * MIN_PAGES_PER_WRITER + 7;
    const writer = new PageWriter(pages);
    const expected: string[] = [];
    for (let i = 0; i < pages; i++) {
      const rel = `cat${i % 5}/2021/${String((i % 12) + 1).padStart(2, "0")}/p${i}.html`;
      writer.write(join(out, rel), `<p>第${i}页</p>`);
      expected.push(rel);
    }
    expect(await writer.close()).toEqual({ written: pages, failed: [] });
    expect(listFiles(out)).toEqual([...expected].sort());
    expect(readFileSync(join(out, expected[1008]), "utf8")).toBe("<p>第1008页</p>");
  });

  it("reports the files it could not write and writes the rest", async () => {
    const out = tempDir("writer");
    writeFileSync(join(out, "blocker"), "a file where a folder must go");
    mkdirSync(join(out, "dir.html"));
    const writer = new PageWriter(3);
    writer.write(join(out, "blocker/x.html"), "x");
    writer.write(join(out, "dir.html"), "y");
    writer.write(join(out, "ok/z.html"), "z");
    const report = await writer.close();
    expect(report.written).toBe(1);
    expect(report.failed.map((f) => [f.file, f.message.split(":")[0]])).toEqual([
      [join(out, "blocker/x.html"), "EEXIST"], // its folder is a file
      [join(out, "dir.html"), "EISDIR"],
    ]);
    expect(readFileSync(join(out, "ok/z.html"), "utf8")).toBe("z");
  });

  it("one thread below MIN_PAGES_PER_WRITER pages per thread, at most MAX_WRITERS", () => {
    expect(writerCount(0)).toBe(1);
    expect(writerCount(MIN_PAGES_PER_WRITER * 2 - 1)).toBe(1);
    expect(writerCount(1_000_000)).toBeLessThanOrEqual(MAX_WRITERS);
  });
});
