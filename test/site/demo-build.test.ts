// The demo (posts/ = the five seeds) built by `npm run build` as a user runs it: permalinks,
// archives, feeds in a real parser, links, determinism across machine time zones, path prefix.
import { beforeAll, describe, expect, it } from "vitest";
import { buildWithNpm, listFiles, read } from "./support/build.ts";
import { brokenLinks } from "./support/links.ts";
import { parseFeeds } from "./support/xml.ts";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";

const POSTS = {
  "000": "enshiribao/2021/12/15/98d7beee95a910ca.html",
  "002": "xiangxigongzuo/2021/03/15/74c576e4f0fb466a.html",
  "004": "xiaofeizhiliangwang/2022/02/13/68af5a0512a93f3f.html",
};
const CATEGORIES = ["enshiribao", "xiangxigongzuo", "xiaofeizhiliangwang", "yunshangzhushan", "zonghe"];
const POST_PAGE_RE = /^[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[0-9a-z-]+\.html$/;

let utc: ReturnType<typeof buildWithNpm>;
let newYork: ReturnType<typeof buildWithNpm>;
let prefixed: ReturnType<typeof buildWithNpm>;

beforeAll(() => {
  utc = buildWithNpm([], { TZ: "UTC" });
  newYork = buildWithNpm([], { TZ: "America/New_York" });
  prefixed = buildWithNpm(["--pathprefix=/blog/"], { TZ: "UTC", SITE_URL: "https://someone.github.io" });
  for (const b of [utc, newYork, prefixed]) expect(b.status, b.stderr).toBe(0);
});

describe("the demo site", () => {
  it("has the five posts at Jekyll permalinks in Asia/Shanghai", () => {
    const files = listFiles(utc.output);
    for (const path of Object.values(POSTS)) expect(files).toContain(path);
    expect(files.filter((f) => POST_PAGE_RE.test(f))).toHaveLength(5);
    for (const id of ["fd9a35c044ef1716", "cee063c0b4a05006"]) {
      expect(files.filter((f) => f.endsWith(`/${id}.html`))).toHaveLength(1);
    }
  });

  it("has one archive page and one feed per category (unknown source → 综合)", () => {
    const files = listFiles(utc.output);
    for (const c of CATEGORIES) {
      expect(files).toContain(`category/${c}.html`);
      expect(files).toContain(`feed/${c}.xml`);
    }
    expect(read(utc.output, "category/enshiribao.html")).toContain("<h1>恩施日报新闻</h1>");
    expect(read(utc.output, "category/enshiribao.html")).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feed\/enshiribao.xml"/);
    for (const f of ["index.html", "categories.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll", "feed.xml", "assets/site.css"]) {
      expect(files).toContain(f);
    }
  });

  it("shows a post with its title, Chinese date, source and working backlinks", () => {
    const html = read(utc.output, POSTS["000"]);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<h1>传好“接力棒” 迈步新征程</h1>");
    expect(html).toContain('<time datetime="2021-12-15T10:03:12+08:00">2021年12月15日 10:03</time>');
    expect(html).toMatch(/<a href="\/category\/enshiribao.html">返回恩施日报新闻<\/a>/);
    expect(html).toMatch(/<a href="\/">返回首页<\/a>/);
    expect(html).toContain('rel="nofollow noopener"');
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feed.xml"/);
  });

  it("writes feeds that parse, with 5 items, +0800 dates and stable GUIDs", () => {
    const paths = ["feed.xml", ...CATEGORIES.map((c) => `feed/${c}.xml`)].map((f) => join(utc.output, f));
    const [main, ...perCategory] = parseFeeds(paths);
    expect(main.bozo).toBe(0);
    expect(main.entries).toHaveLength(5);
    const raw = read(utc.output, "feed.xml");
    expect(raw).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    expect(raw).toContain("<language>zh-cn</language>");
    expect(raw).toContain("<pubDate>Wed, 15 Dec 2021 10:03:12 +0800</pubDate>");
    expect(raw).toContain("<pubDate>Sun, 13 Feb 2022 16:09:00 +0800</pubDate>");
    expect(raw).toContain("<pubDate>Mon, 15 Mar 2021 14:28:00 +0800</pubDate>");
    expect(raw).toContain('<guid isPermaLink="false">zhuanzai:enshiribao:98d7beee95a910ca</guid>');
    for (const e of main.entries) {
      expect(e.link).toMatch(/^https:\/\/finews\.withounder\.com\//);
      expect(e.content.length).toBeGreaterThan(200);
    }
    expect(perCategory.map((f) => f.bozo)).toEqual(CATEGORIES.map(() => 0));
    expect(perCategory.reduce((n, f) => n + f.entries.length, 0)).toBe(5);
  });

  it("lists every category with its count, and has tag archives", () => {
    const html = read(utc.output, "categories.html");
    for (const c of CATEGORIES) expect(html).toContain(`href="/category/${c}.html"`);
    expect(html).toMatch(/恩施日报新闻<\/a> <span class="count">1 篇<\/span>/);
    expect(listFiles(utc.output)).toContain("tag/enshiribaoxinwen.html");
  });

  it("writes HTML that html-validate accepts with no errors", async () => {
    const validator = new HtmlValidate();
    const pages = listFiles(utc.output).filter((f) => f.endsWith(".html"));
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(utc.output, page));
      for (const r of report.results) for (const m of r.messages) errors.push(`${page}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it("has no broken internal link", () => {
    expect(brokenLinks(utc.output)).toEqual([]);
  });

  it("is byte-identical when built on a machine in another time zone", () => {
    const files = listFiles(utc.output);
    expect(listFiles(newYork.output)).toEqual(files);
    for (const f of files) expect(read(newYork.output, f), f).toBe(read(utc.output, f));
  });

  it("puts every link, asset and feed URL under --pathprefix", () => {
    expect(brokenLinks(prefixed.output, "/blog/")).toEqual([]);
    const html = read(prefixed.output, POSTS["000"]);
    expect(html).toContain('href="/blog/assets/site.css"');
    expect(html).toMatch(/<a href="\/blog\/category\/enshiribao.html">返回恩施日报新闻<\/a>/);
    const [main] = parseFeeds([join(prefixed.output, "feed.xml")]);
    for (const e of main.entries) expect(e.link).toMatch(/^https:\/\/someone\.github\.io\/blog\//);
    expect(read(prefixed.output, "feed.xml")).toContain('<atom:link href="https://someone.github.io/blog/feed.xml"');
    expect(read(prefixed.output, "robots.txt")).toContain("Sitemap: https://someone.github.io/blog/sitemap.xml");
  });

  it("names undated posts in a build warning", () => {
    expect(utc.warnings.join("\n")).toMatch(/posts\/001_fd9a35c044ef1716\.txt: no date found/);
  });
});
