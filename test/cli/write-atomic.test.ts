import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExistsError, writeFileAtomic } from "../../src/cli/write-atomic.ts";

describe("writeFileAtomic", () => {
  it("creates a file and leaves no temp file behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "zz-atomic-"));
    writeFileAtomic(join(dir, "a.md"), "hello");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("hello");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("never overwrites an existing file without force", () => {
    const dir = mkdtempSync(join(tmpdir(), "zz-atomic-"));
    writeFileSync(join(dir, "a.md"), "original");
    expect(() => writeFileAtomic(join(dir, "a.md"), "new")).toThrow(ExistsError);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("original");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("overwrites with force", () => {
    const dir = mkdtempSync(join(tmpdir(), "zz-atomic-"));
    writeFileSync(join(dir, "a.md"), "original");
    writeFileAtomic(join(dir, "a.md"), "new", { force: true });
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });
});
