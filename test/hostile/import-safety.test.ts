// Import safety (issue 5 §5): posts are written atomically (a dot-named temp file, then a link or a
// rename), never over an existing file without --force, and an import killed half-way (SIGKILL: no
// cleanup runs) leaves only complete posts — plus at most dot-named temp files no build reads.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMP_PREFIX } from "../../src/cli/write-atomic.ts";
import { PROJECT_ROOT, removeDir, run, tempDir } from "../browser/support/site.ts";
import { checkBody, splitPost } from "../property/support/post-shape.ts";
import { textArticle } from "./support/corpus.ts";

/** Enough inputs that an import cannot finish between two looks at the output folder. */
const FILES = 1000;
/** Kill once this many posts are out: well into the run, far from its end. */
const KILL_AFTER_POSTS = 50;
/** Inputs of the no-clobber test. */
const SMALL_FILES = 10;
const POLL_MS = 5;

let root: string;
let inDir: string;
let smallDir: string;

/** `node --import tsx src/cli/import.ts …`: one process (npm and tsx's CLI would put a parent in between). */
function importArgs(out: string, extra: string[] = [], from = inDir): string[] {
  return ["--import", "tsx", join(PROJECT_ROOT, "src/cli/import.ts"), from, "--out", out, ...extra];
}

const hexId = (i: number): string => (0x5a17c0de00000000n + BigInt(i) * 0x9e3779b97f4a7c15n).toString(16).slice(-16).padStart(16, "0");

beforeAll(() => {
  root = tempDir("import-safety");
  inDir = join(root, "in");
  smallDir = join(root, "small");
  for (const dir of [inDir, smallDir]) mkdirSync(dir);
  for (let i = 0; i < FILES; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const text = textArticle(`第${i}篇稳定性测试稿件`, `测试标记${i}`, { meta: `来源：恩施日报 2021-11-${day} 10:03` });
    const name = `${String(i).padStart(4, "0")}_${hexId(i)}.txt`;
    writeFileSync(join(inDir, name), text);
    if (i < SMALL_FILES) writeFileSync(join(smallDir, name), text);
  }
});

afterAll(() => {
  if (root) removeDir(root);
});

function postsIn(out: string): string[] {
  return readdirSync(out).filter((f) => !f.startsWith(".") && f.endsWith(".md"));
}

/** A post is complete: front matter that parses, a well-formed body, the backlinks line last. */
function assertComplete(out: string, name: string): void {
  const text = readFileSync(join(out, name), "utf8");
  const parts = splitPost(text); // throws unless it starts with front matter and ends with the backlinks line
  const fm = parse(parts.frontMatter) as Record<string, unknown>;
  expect(fm.title, name).toMatch(/^第\d+篇稳定性测试稿件$/);
  expect(checkBody(parts.body).length, name).toBeGreaterThan(0);
}

describe("import safety", () => {
  it("an import killed half-way leaves only complete posts, and a rerun finishes the job", async () => {
    const out = join(root, "killed");
    mkdirSync(out);
    const child = spawn(process.execPath, importArgs(out), { cwd: PROJECT_ROOT, stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));
    while (!exitedEarly && postsIn(out).length < KILL_AFTER_POSTS) await new Promise((r) => setTimeout(r, POLL_MS));
    child.kill("SIGKILL");
    expect(await exited, "the import was still running when killed").toBe("SIGKILL");

    const names = readdirSync(out);
    const posts = postsIn(out);
    expect(posts.length).toBeGreaterThanOrEqual(KILL_AFTER_POSTS);
    expect(posts.length, "killed before the end").toBeLessThan(FILES);
    for (const p of posts) assertComplete(out, p);
    // Anything else is a dot-named temp file (at most the one being written).
    const others = names.filter((n) => !posts.includes(n));
    for (const n of others) expect(n.startsWith(TEMP_PREFIX), n).toBe(true);
    expect(others.length).toBeLessThanOrEqual(1);

    // Rerun without --force: the posts already there are kept (and reported), the rest are written.
    const before = new Map(posts.map((p) => [p, readFileSync(join(out, p), "utf8")]));
    const rerun = await run(process.execPath, importArgs(out), { cwd: PROJECT_ROOT });
    expect(rerun.code, "existing posts are reported as failures").toBe(1);
    expect(rerun.stdout).toContain(`imported ${FILES - posts.length} of ${FILES} files, ${posts.length} failed`);
    expect(postsIn(out).length).toBe(FILES);
    for (const [p, text] of before) expect(readFileSync(join(out, p), "utf8")).toBe(text);
    for (const p of postsIn(out)) assertComplete(out, p);
  });

  it("never overwrites a post without --force, even one edited by hand; --force replaces it", async () => {
    const out = join(root, "no-clobber");
    const first = await run(process.execPath, importArgs(out, [], smallDir), { cwd: PROJECT_ROOT });
    expect(first.code).toBe(0);
    const [victim] = postsIn(out);
    const edited = `${readFileSync(join(out, victim), "utf8")}\n\n编辑过的内容`;
    writeFileSync(join(out, victim), edited);

    const again = await run(process.execPath, importArgs(out, [], smallDir), { cwd: PROJECT_ROOT });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`${victim} already exists (use --force to overwrite)`);
    expect(readFileSync(join(out, victim), "utf8")).toBe(edited);

    const forced = await run(process.execPath, importArgs(out, ["--force"], smallDir), { cwd: PROJECT_ROOT });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, victim), "utf8")).not.toBe(edited);
    assertComplete(out, victim);
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });
});
