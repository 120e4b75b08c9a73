// The hostile corpus dropped into posts/ of a copy of the project, next to two good seeds, and built
// with `npm run build`: the build succeeds, the good posts and every readable hostile one are built,
// each refused or undated file is named in the build's output, nothing is written outside the output
// folder (the project's own .cache/ excepted) and no input changes, and no script, event handler or
// javascript:/data: URL from an article reaches a page or a feed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeBuild, type BuiltSite } from "../browser/support/demo-build.ts";
import { buildSite, copyProject, removeDir, tempDir } from "../browser/support/site.ts";
import { ACTIVE_ELEMENTS, activeContent, activeElementCounts } from "./support/active-content.ts";
import { writeCorpusWithSeeds } from "./support/cli.ts";
import { CASES, XSS_MARKERS } from "./support/corpus.ts";
import { snapshotTree, treeChanges, type TreeSnapshot } from "./support/snapshot.ts";

/** Output folder, deep enough that `../../etc/x` from it still lands inside the snapshot root. */
const OUT = "a/b/c/out";
/** The project may keep its ingest cache here (issue 4); nothing else may change. */
const CACHE_RE = /^project\/\.cache\//;
const SEED_000_PAGE = "enshiribao/2021/12/15/98d7beee95a910ca.html";
/** Files that never get a page of their own. */
const REFUSED = CASES.filter((c) => c.outcome === "error");

let root: string;
let before: TreeSnapshot;
let site: BuiltSite;
let log: string;
/** Built HTML page → its text, for every page. */
let pages: Map<string, string>;

beforeAll(async () => {
  root = tempDir("hostile-site");
  const project = copyProject(join(root, "project"), { withPosts: false });
  writeCorpusWithSeeds(join(project, "posts"));
  before = snapshotTree(root);
  const out = join(root, OUT);
  const build = await buildSite(out, { root: project });
  log = `${build.stdout}\n${build.stderr}`;
  if (build.code !== 0) throw new Error(`the build failed (${build.code}): ${log.slice(-3000)}`);
  site = describeBuild(out, build);
  pages = new Map(site.html.map((f) => [f, readFileSync(join(out, f), "utf8")]));
});

afterAll(() => {
  if (root) removeDir(root);
});

const escapeText = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);
const postPagesWith = (marker: string): string[] => site.posts.filter((p) => pages.get(p)!.includes(escapeText(marker)));

describe("a site build with the hostile corpus in posts/", () => {
  it("succeeds, and writes nothing outside the output folder (no input changed)", () => {
    const changes = treeChanges(before, snapshotTree(root)).filter((c) => !c.startsWith(`added ${OUT}/`) && !CACHE_RE.test(c.replace(/^\w+ /, "")));
    expect(changes).toEqual([]);
  });

  it("builds the good seeds", () => {
    expect(site.posts).toContain(SEED_000_PAGE);
    expect([...pages.values()].some((h) => h.includes("做好巩固拓展脱贫攻坚成果"))).toBe(true);
  });

  it("names every refused file in the build's output", () => {
    for (const c of REFUSED) expect(log, c.file).toContain(c.file);
  });

  for (const c of CASES.filter((x) => x.outcome !== "error" && x.marker)) {
    it(`${c.name} (${c.file}) → ${c.outcome === "post" ? "a post page" : "a post page or a message naming it"}`, () => {
      const found = postPagesWith(c.marker!);
      if (c.outcome === "either" && found.length === 0) {
        expect(log, `${c.file}: no page, so the build must name it`).toContain(c.file);
        return;
      }
      if (c.file === "h19-same-url-b.md" && found.length === 0) {
        // Two posts wanting one URL: if one is dropped, the build says which and why.
        expect(log).toMatch(/h19-same-url-b\.md/);
        return;
      }
      expect(found.length, `a post page containing ${c.marker}`).toBe(1);
      const $ = cheerio.load(pages.get(found[0])!);
      // A sane post: no YAML line for a title, no escaped markup shown as article text.
      expect($("h1").first().text().trim()).not.toMatch(/^[A-Za-z_]+:(\s|$)/);
      expect($("main").text()).not.toMatch(/<\/?(p|div|h\d)>/);
      if (c.title) expect($("h1").first().text().replace(/\s+/g, " ").trim()).toBe(c.title.replace(/\s+/g, " "));
      if (c.date) expect(found[0]).toContain(`/${c.date.slice(0, 4)}/${c.date.slice(5, 7)}/${c.date.slice(8, 10)}/`);
      if (c.date === null) {
        expect(found[0], "an invalid date is never rolled over into a real day").not.toMatch(/\/2021\/03\/0[12]\//);
        expect(log, `the build names the undated ${c.file}`).toContain(c.file);
      }
    });
  }

  it("`{{ }}` and `{% %}` in articles are shown literally, never run as templates", () => {
    const [page] = postPagesWith("测试标记14 {{ 7*7 }}");
    expect(page).toBeDefined();
    expect(cheerio.load(pages.get(page)!)("body").text()).toContain('{% include "/etc/passwd" %}');
    const [titled] = postPagesWith("测试标记15");
    expect(cheerio.load(pages.get(titled)!)("h1").text()).toContain("{{ 7*7 }}");
  });

  it("`categories: ../../x` and `permalink: /../../etc/x` stay inside the site", () => {
    for (const f of site.files) expect(f).not.toMatch(/(^|\/)\.\.(\/|$)/);
    expect(site.files.filter((f) => /(^|\/)etc\/x/.test(f))).toEqual([]);
  });

  it("no post page carries more active elements than a good post page; no handler or script URL anywhere", () => {
    const layout = activeElementCounts(pages.get(SEED_000_PAGE)!);
    for (const [file, html] of pages) {
      expect(activeContent(html, { allowElements: ACTIVE_ELEMENTS }), file).toEqual([]);
      for (const m of XSS_MARKERS) expect(html, `${file} contains ${m}`).not.toContain(m);
      if (site.posts.includes(file)) expect(activeElementCounts(html), file).toEqual(layout);
    }
  });

  it("no feed carries a script, a handler or a script URL", () => {
    expect(site.feeds).toContain("feed.xml");
    for (const file of site.feeds) {
      const xml = readFileSync(join(site.dir, file), "utf8");
      for (const m of XSS_MARKERS) expect(xml, `${file} contains ${m}`).not.toContain(m);
      const $ = cheerio.load(xml, { xml: true });
      $("item").each((_, item) => {
        for (const field of ["content\\:encoded", "description"]) {
          expect(activeContent($(item).find(field).text()), `${file} ${field}`).toEqual([]);
        }
      });
    }
  });
});
