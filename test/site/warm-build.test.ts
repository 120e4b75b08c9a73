// Warm builds skip pages whose render key and output file are unchanged (page-manifest.ts).
// Eleventy deletes nothing, so a skipped page keeps its old bytes: after every kind of change, a
// warm build's output must be byte-identical to a cold build's output of the same input.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, buildInProcess, copyOfPosts, listFiles, read, tempDir } from "./support/build.ts";

const SEED_000 = "000_98d7beee95a910ca.txt";
const POST_000 = "enshiribao/2021/12/15/98d7beee95a910ca.html";
const POST_002 = "xiangxigongzuo/2021/03/15/74c576e4f0fb466a.html";
/** Two more posts in 000's category, one older and one newer: 000's prev and next. */
const NEIGHBOURS = {
  "2021-12-10-older.md": "---\ntitle: \"较早的一篇\"\ndate: 2021-12-10 09:00:00 +0800\ncategories: enshiribao\nslug: older\n---\n<p>较早的正文。</p>\n",
  "2021-12-20-newer.md": "---\ntitle: \"较新的一篇\"\ndate: 2021-12-20 09:00:00 +0800\ncategories: enshiribao\nslug: newer\n---\n<p>较新的正文。</p>\n",
};
const OLDER = "enshiribao/2021/12/10/older.html";
const NEWER = "enshiribao/2021/12/20/newer.html";

interface Project {
  input: string;
  posts: string;
  cache: string;
  out: string;
}

/** Eleventy input (copies of _includes and _data, so a test may edit a layout), posts, cache, output. */
function project(): Project {
  const input = tempDir("input");
  for (const dir of ["_includes", "_data"]) cpSync(join(ROOT, dir), join(input, dir), { recursive: true });
  const posts = copyOfPosts();
  for (const [name, text] of Object.entries(NEIGHBOURS)) writeFileSync(join(posts, name), text);
  return { input, posts, cache: tempDir("cache"), out: tempDir("out") };
}

const warm = (p: Project) => buildInProcess({ input: p.input, postsDir: p.posts, cacheDir: p.cache, output: p.out });

/** The same input built from nothing: no cache, a new output folder. */
async function cold(p: Project): Promise<string> {
  return (await buildInProcess({ input: p.input, postsDir: p.posts, cacheDir: false })).output;
}

function tree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash("sha1").update(readFileSync(join(dir, f))).digest("hex")]));
}

const mtime = (p: Project, file: string) => statSync(join(p.out, file)).mtimeMs;

async function expectSameAsCold(p: Project): Promise<void> {
  expect(tree(p.out)).toEqual(tree(await cold(p)));
}

describe("a warm build writes the same site as a cold build", () => {
  it("(a) nothing changed: the same bytes, post pages not written again", async () => {
    const p = project();
    await warm(p);
    const before = mtime(p, POST_000);
    await warm(p);
    expect(mtime(p, POST_000)).toBe(before);
    await expectSameAsCold(p);
  });

  it("(b) one title edited: its page, its neighbours' prev/next links and the lists change", async () => {
    const p = project();
    await warm(p);
    const untouched = mtime(p, POST_002);
    const file = join(p.posts, SEED_000);
    writeFileSync(file, readFileSync(file, "utf8").replace('title: "传好“接力棒” 迈步新征程"', 'title: "改过的标题"'));
    await warm(p);
    expect(read(p.out, POST_000)).toContain("<h1>改过的标题</h1>");
    expect(read(p.out, OLDER)).toContain("下一篇：改过的标题");
    expect(read(p.out, NEWER)).toContain("上一篇：改过的标题");
    expect(read(p.out, "index.html")).toContain("改过的标题");
    expect(mtime(p, POST_002)).toBe(untouched);
    await expectSameAsCold(p);
  });

  it("(c) a layout edited: every page is rendered again (a new process, as `npm run build` runs)", () => {
    // Eleventy caches layouts per process, so this case builds in child processes.
    const dir = tempDir("project");
    for (const f of [".eleventy.ts", ".eleventyignore", "package.json"]) cpSync(join(ROOT, f), join(dir, f));
    for (const d of ["_includes", "_data", "posts"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    for (const d of ["src", "scripts", "node_modules"]) symlinkSync(join(ROOT, d), join(dir, d), "dir");
    const build = (out: string) => {
      const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--quiet", `--output=${out}`], { cwd: dir, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
    };
    const out = tempDir("out");
    build(out);
    const layout = join(dir, "_includes/layouts/post.njk");
    writeFileSync(layout, readFileSync(layout, "utf8").replace('<div class="post-body">', '<div class="post-body" data-note="布局已修改">'));
    build(out);
    expect(read(out, POST_002)).toContain("布局已修改");
    const coldOut = tempDir("out");
    build(coldOut);
    expect(tree(out)).toEqual(tree(coldOut));
  });

  it("(d) a post added: the new page, its neighbours and the lists", async () => {
    const p = project();
    await warm(p);
    writeFileSync(join(p.posts, "2021-12-16-added.md"), NEIGHBOURS["2021-12-20-newer.md"].replace(/较新/g, "新加").replace("12-20", "12-16").replace("newer", "added"));
    await warm(p);
    expect(read(p.out, POST_000)).toContain("下一篇：新加的一篇");
    await expectSameAsCold(p);
  });

  it("(e) the output folder deleted, or a page changed by someone else: written again", async () => {
    const p = project();
    await warm(p);
    rmSync(p.out, { recursive: true, force: true });
    await warm(p);
    await expectSameAsCold(p);
    writeFileSync(join(p.out, POST_000), "stale");
    await warm(p);
    await expectSameAsCold(p);
  });

  it("keeps one manifest per output folder: another folder gets the whole site", async () => {
    const p = project();
    await warm(p);
    const other = { ...p, out: tempDir("out") };
    await warm(other);
    await expectSameAsCold(other);
  });
});
