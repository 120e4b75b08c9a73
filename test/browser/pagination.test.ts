// Next page, as a reader clicks it: a copy of the project with 45 posts (25 in one category) built
// with `npm run build`; the home page and the big category page paginate 20 a page, newest first,
// every post reachable exactly once, with working next/previous links and no errors.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { targetPost } from "../hostile/support/corpus.ts";
import { launchChromium } from "./support/chromium.ts";
import { describeBuild, siteConfig, type BuiltSite } from "./support/demo-build.ts";
import { watchPage } from "./support/page-probe.ts";
import { buildSite, copyProject, removeDir, tempDir } from "./support/site.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";

const POSTS = 45;
/** Posts 0…BIG_CATEGORY_POSTS-1 go to one category, the rest to another. */
const BIG_CATEGORY_POSTS = 25;
const SITE = siteConfig();
const POST_HREF_RE = /\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/;

let root: string;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = tempDir("pagination");
  const project = copyProject(join(root, "project"), { withPosts: false });
  for (let i = 0; i < POSTS; i++) {
    const [category, source] = i < BIG_CATEGORY_POSTS ? ["enshiribao", "恩施日报"] : ["xiangxigongzuo", "湘西工作"];
    const hour = String(i % 24).padStart(2, "0");
    const day = String(1 + Math.floor(i / 24)).padStart(2, "0");
    const post = targetPost([`title: 分页测试第${i}篇`, `date: 2021-01-${day} ${hour}:00:00 +0800`, `categories: ${category}`, `tags: ${source}新闻`, `slug: page-test-${i}`], [`分页测试正文第${i}篇，今年以来各项工作稳步推进。`]).replace(/恩施日报/g, source);
    writeFileSync(join(project, "posts", `page-test-${i}.md`), post);
  }
  const out = join(root, "out");
  const build = await buildSite(out, { root: project });
  if (build.code !== 0) throw new Error(`build failed: ${build.stderr}`);
  site = describeBuild(out, build);
  server = await serveStatic(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) removeDir(root);
});

async function postLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval("main a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((h) => POST_HREF_RE.test(h)).map((h) => new URL(h).pathname))];
}

/** Follow the pages of a listing by clicking the link to the next page; returns the posts of each page. */
async function walkPages(start: string, nextRe: RegExp): Promise<{ urls: string[]; lists: string[][]; problems: string[] }> {
  const page = await browser.newPage();
  const { problems } = watchPage(page);
  await page.goto(`${server.url}${start}`);
  const urls = [page.url()];
  const lists = [await postLinks(page)];
  for (;;) {
    const next = page.locator("a[href]");
    const hrefs = await next.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const target = hrefs.find((h) => nextRe.test(h) && !urls.includes(h) && Number(nextRe.exec(h)![1]) === urls.length + 1);
    if (!target) break;
    await Promise.all([page.waitForURL(target), next.nth(hrefs.indexOf(target)).click()]);
    urls.push(page.url());
    lists.push(await postLinks(page));
  }
  await page.close();
  return { urls, lists, problems };
}

describe("pagination, clicked through", () => {
  it("the home page: 20 a page, newest first, every post exactly once, a way back", async () => {
    const { urls, lists, problems } = await walkPages("/", /\/page\/(\d+)\.html$/);
    expect(urls.length).toBe(Math.ceil(POSTS / SITE.postsPerPage));
    for (const l of lists.slice(0, -1)) expect(l.length).toBe(SITE.postsPerPage);
    const all = lists.flat();
    expect(new Set(all).size).toBe(POSTS);
    expect(all.length).toBe(POSTS);
    // Newest first: the permalinks' dates and the slugs' numbers both fall.
    const order = all.map((p) => Number(/page-test-(\d+)\.html$/.exec(p)![1]));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    // The last page links back towards the first.
    const page = await browser.newPage();
    await page.goto(urls.at(-1)!);
    const back = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(back.some((h) => h === urls.at(-2) || (urls.length === 2 && /\/(index\.html)?$/.test(h)))).toBe(true);
    await page.close();
  });

  it("a category with 25 posts: /category/<slug>.html then /category/<slug>/page/2.html", async () => {
    const { urls, lists, problems } = await walkPages("/category/enshiribao.html", /\/category\/enshiribao\/page\/(\d+)\.html$/);
    expect(urls.map((u) => new URL(u).pathname)).toEqual(["/category/enshiribao.html", "/category/enshiribao/page/2.html"]);
    expect(lists.map((l) => l.length)).toEqual([SITE.postsPerPage, BIG_CATEGORY_POSTS - SITE.postsPerPage]);
    expect(lists.flat().every((p) => p.startsWith("/enshiribao/"))).toBe(true);
    expect(site.files).not.toContain("category/xiangxigongzuo/page/2.html");
    expect(problems).toEqual([]);
  });
});
