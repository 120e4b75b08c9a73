// The hostile corpus through `npm run -s import -- DIR --out OUT`: one post per readable input, in the
// target layout, named YYYY-MM-DD-<slug>.md (or <slug>.md when undated); an error row naming each
// refused file; nothing written outside OUT, no input changed, no temp file left; a second run never
// overwrites without --force.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir, type RunResult } from "../browser/support/site.ts";
import { checkBody, splitPost } from "../property/support/post-shape.ts";
import { activeContent } from "./support/active-content.ts";
import { importPosts, writeCorpusWithSeeds } from "./support/cli.ts";
import { CASES, XSS_MARKERS } from "./support/corpus.ts";
import { snapshotTree, treeChanges, type TreeSnapshot } from "./support/snapshot.ts";

/** Longest file name most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;
const OUT = "a/b/out";

let root: string;
let inDir: string;
let out: string;
let before: TreeSnapshot;
let first: RunResult;
let written: Map<string, string>; // file name → content, after the first run

const escapeText = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);
const posts = (): string[] => readdirSync(out).filter((f) => f.endsWith(".md")).sort();
const errorRow = (r: RunResult, file: string): string | undefined => r.stdout.split("\n").find((l) => l.startsWith(`${file}\t`) && l.includes("ERROR"));

beforeAll(async () => {
  root = tempDir("hostile-import");
  inDir = join(root, "in");
  out = join(root, OUT);
  writeCorpusWithSeeds(inDir);
  before = snapshotTree(root);
  first = await importPosts([inDir], out);
  written = new Map(posts().map((f) => [f, readFileSync(join(out, f), "utf8")]));
});

afterAll(() => {
  if (root) removeDir(root);
});

function postWith(marker: string): [string, string] | undefined {
  return [...written].find(([, text]) => text.includes(escapeText(marker)));
}

describe("import on the hostile corpus", () => {
  it("exits 1 (some inputs failed), prints the summary, and writes only inside --out", () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/imported \d+ of \d+ files, \d+ failed/);
    const changes = treeChanges(before, snapshotTree(root)).filter((c) => !c.startsWith(`added ${OUT}/`));
    expect(changes).toEqual([]);
  });

  it("leaves no temp file behind and no file name longer than the file system allows", () => {
    const all = readdirSync(out);
    expect(all.filter((f) => f.startsWith("."))).toEqual([]);
    for (const f of all) expect(Buffer.byteLength(f), f).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it("every post written is complete, in the target layout, with nothing active", () => {
    expect(written.size).toBeGreaterThan(0);
    for (const [name, text] of written) {
      const parts = splitPost(text);
      const fm = parse(parts.frontMatter) as Record<string, unknown>;
      expect(fm.layout, name).toBe("post");
      checkBody(parts.body);
      expect(activeContent(parts.body), name).toEqual([]);
      for (const m of XSS_MARKERS) expect(text, name).not.toContain(m);
    }
  });

  it("the good seeds are imported", () => {
    expect(written.has("2021-12-15-98d7beee95a910ca.md")).toBe(true);
    expect(written.has("2021-03-15-74c576e4f0fb466a.md")).toBe(true);
    // 000 is already in the target layout: it passes through byte-identical (issue 2 §5).
    expect(written.get("2021-12-15-98d7beee95a910ca.md")).toBe(readFileSync(join(inDir, "000_98d7beee95a910ca.txt"), "utf8"));
  });

  for (const c of CASES) {
    it(`${c.name} (${c.file}) → ${c.outcome}`, () => {
      const input = join(inDir, c.file);
      const row = errorRow(first, input);
      const post = c.marker ? postWith(c.marker) : undefined;
      if (c.outcome === "error") {
        expect(row, `an ERROR row naming ${c.file}`).toBeDefined();
        return;
      }
      if (c.outcome === "either") {
        expect([row, post].filter(Boolean).length, `${c.file}: exactly one of a post and an error row`).toBe(1);
        if (!post) return;
      }
      // Two inputs that want the same file: the second is refused, naming the first (never clobbered).
      if (c.file === "h19-same-url-b.md") {
        expect(post).toBeUndefined();
        expect(row).toMatch(/h18-same-url-a\.md/);
        return;
      }
      expect(row, `${c.file} imported`).toBeUndefined();
      expect(post, `a post containing ${c.marker}`).toBeDefined();
      const [name, text] = post!;
      const fm = parse(splitPost(text).frontMatter) as Record<string, unknown>;
      if (c.title !== undefined) expect(fm.title).toBe(c.title);
      if (c.date === null) {
        expect(fm.date, `${name}: no date key when the date is unknown`).toBeUndefined();
        expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*\.md$/);
      } else if (c.date !== undefined) {
        expect(name.slice(0, 10)).toBe(c.date.slice(0, 10));
        expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[A-Za-z0-9][A-Za-z0-9_-]*\.md$/);
      }
    });
  }

  it("a second run without --force overwrites nothing and says so; with --force it rewrites the same posts", async () => {
    const again = await importPosts([inDir], out);
    expect(again.code).toBe(1);
    for (const [name, text] of written) {
      expect(readFileSync(join(out, name), "utf8"), name).toBe(text);
      expect(again.stdout, `${name} refused`).toContain(`${name} already exists`);
    }
    const forced = await importPosts([inDir], out, ["--force"]);
    expect(forced.stdout).not.toContain("already exists");
    expect(posts()).toEqual([...written.keys()]);
    for (const [name, text] of written) expect(readFileSync(join(out, name), "utf8"), name).toBe(text);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
  });
});
