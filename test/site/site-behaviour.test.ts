// What an operator does to posts/ and what the build must do about it: corrections in front
// matter win, scraped template syntax is inert, undated and colliding posts build with warnings,
// hostile front matter cannot write outside the output folder.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInProcess, copyOfPosts, listFiles, read, tempDir } from "./support/build.ts";
import { brokenLinks } from "./support/links.ts";

const SEED_000 = "000_98d7beee95a910ca.txt";
const POST_000 = "enshiribao/2021/12/15/98d7beee95a910ca.html";

/** A post in the target layout (what `npm run import` writes). */
function post(fm: string, body = "<p>正文第一段。</p>\n <p>正文第二段。</p><p class=\"em_media\">（文章来源：恩施日报）</p>"): string {
  return `---\nlayout: post\n${fm}\n---\n${body}\n`;
}

function writePosts(files: Record<string, string>): string {
  const dir = tempDir("posts");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("correcting a post in its front matter", () => {
  it("a changed title: and date: change the built post", async () => {
    const dir = copyOfPosts();
    const file = join(dir, SEED_000);
    const original = read(dir, SEED_000);
    writeFileSync(file, original.replace('title: "传好“接力棒” 迈步新征程"', 'title: "更正后的标题"').replace("date: 2021-12-15 10:03:12 +0800", "date: 2021-12-16 07:30:00 +0800"));
    const { output } = await buildInProcess({ postsDir: dir });
    const files = listFiles(output);
    expect(files).not.toContain(POST_000);
    const moved = "enshiribao/2021/12/16/98d7beee95a910ca.html";
    expect(files).toContain(moved);
    const html = read(output, moved);
    expect(html).toContain("<h1>更正后的标题</h1>");
    expect(html).toContain("2021年12月16日 07:30");
    expect(read(output, "feed.xml")).toContain("<pubDate>Thu, 16 Dec 2021 07:30:00 +0800</pubDate>");
  });
});

describe("what a scraped file may contain", () => {
  it("{{ and {% in a raw post do not break the build and come out as text", async () => {
    const dir = writePosts({
      "2021-05-06-tpl.md": post('title: "模板 {{ site.title }} 测试"\ndate: 2021-05-06 09:00:00 +0800\ncategories: enshiribao\ntags: 恩施日报新闻', "<p>正文含有 {{ 7 * 7 }} 与 {% raw %}{% include \"x\" %} 和 {# 注释 #}。</p>"),
      "raw-page.txt": "来源：恩施日报\n\n标题 {% if x %} 未闭合\n\n正文 {{ broken 也不会被执行。这是一段足够长的正文内容，用来让抽取引擎把它当作文章的主体段落来处理。\n",
    });
    const { output } = await buildInProcess({ postsDir: dir });
    const html = read(output, "enshiribao/2021/05/06/tpl.html");
    expect(html).toContain("{{ 7 * 7 }}");
    expect(html).toContain("{% include &quot;x&quot; %}");
    expect(html).toContain("模板 {{ site.title }} 测试");
    expect(html).not.toContain(">49<");
    expect(listFiles(output).filter((f) => /\/\d{2}\/[^/]+\.html$/.test(f))).toHaveLength(2);
  });

  it("hostile front matter cannot leave the output folder; script never reaches a page", async () => {
    const dir = writePosts({
      "a.md": post('title: "越界"\ndate: 2021-01-02 03:04:05 +0800\ncategories: ../../x\npermalink: /../../etc/x.html\nslug: ../evil', '<p>正文<script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">链接</a>。</p>'),
    });
    const { output, warnings } = await buildInProcess({ postsDir: dir });
    const files = listFiles(output);
    expect(files.every((f) => !f.startsWith(".."))).toBe(true);
    const page = files.find((f) => f.endsWith(".html") && f.startsWith("zonghe/2021/01/02/"));
    expect(page, files.join(",")).toBeDefined();
    const html = read(output, page!);
    expect(html).not.toMatch(/<script|onerror=|javascript:/i);
    expect(read(output, "feed.xml")).not.toMatch(/<script|onerror=|javascript:/i);
    const log = warnings.join("\n");
    expect(log).toMatch(/a\.md: front matter categories "\.\.\/\.\.\/x" is not a safe URL segment; ignored/);
    expect(log).toMatch(/a\.md: front matter permalink is ignored/);
    expect(log).toMatch(/a\.md: front matter slug "\.\.\/evil" is not an ASCII slug/);
  });

  it("two posts that want one URL: the second gets -2 and a warning, the build goes on", async () => {
    const fm = 'title: "同一篇"\ndate: 2021-01-02 03:04:05 +0800\ncategories: enshiribao\nslug: same';
    const dir = writePosts({ "a.md": post(fm), "b.md": post(fm.replace("同一篇", "另一篇")) });
    const { output, warnings } = await buildInProcess({ postsDir: dir });
    const files = listFiles(output);
    expect(files).toContain("enshiribao/2021/01/02/same.html");
    expect(files).toContain("enshiribao/2021/01/02/same-2.html");
    expect(read(output, "enshiribao/2021/01/02/same-2.html")).toContain("另一篇");
    expect(warnings.join("\n")).toMatch(/b\.md: wants the URL \/enshiribao\/2021\/01\/02\/same\.html/);
    expect(brokenLinks(output)).toEqual([]);
  });
});

describe("undated articles", () => {
  it("build at the file name's date, or the configured fallback, shown as 日期不详, last, no pubDate", async () => {
    const dir = writePosts({
      "2020-07-08-named.md": post('title: "丙篇按文件名"\ncategories: enshiribao'),
      "nodate.md": post('title: "乙篇无日期"\ncategories: enshiribao'),
      "dated.md": post('title: "甲篇有日期"\ndate: 2019-01-01 00:00:00 +0800\ncategories: enshiribao\nslug: dated'),
    });
    const { output, warnings } = await buildInProcess({ postsDir: dir, site: { undatedFallback: "2000-01-01 00:00:00 +0800" } });
    const files = listFiles(output);
    expect(files.some((f) => f.startsWith("enshiribao/2020/07/08/"))).toBe(true);
    expect(files.some((f) => f.startsWith("enshiribao/2000/01/01/"))).toBe(true);
    const undated = read(output, files.find((f) => f.startsWith("enshiribao/2000/01/01/"))!);
    expect(undated).toContain("日期不详");
    const home = read(output, "index.html");
    expect(home.indexOf("甲篇有日期")).toBeGreaterThan(0);
    expect(home.indexOf("甲篇有日期")).toBeLessThan(home.indexOf("乙篇无日期"));
    expect(home.indexOf("甲篇有日期")).toBeLessThan(home.indexOf("丙篇按文件名"));
    expect((read(output, "feed.xml").match(/<pubDate>/g) ?? []).length).toBe(1);
    const log = warnings.join("\n");
    expect(log).toMatch(/nodate\.md: no date found; filed under 2000-01-01/);
    expect(log).toMatch(/2020-07-08-named\.md: no date found; filed under 2020-07-08/);
  });
});
