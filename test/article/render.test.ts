import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { protocolRelative, renderBacklinks, renderBody, renderPost, yamlScalar } from "../../src/article/render.ts";
import type { Article } from "../../src/types.ts";

function article(over: Partial<Article> = {}): Article {
  return {
    file: "x.txt", kind: "text", encoding: "utf-8", title: "标题", subtitle: null,
    date: "2021-12-15T10:03:12+08:00", source: "恩施日报", category: "enshiribao", tags: ["恩施日报新闻"],
    author: null, byline: null, credits: [], url: null, slug: "abc", blocks: [{ kind: "paragraph", text: "正文。", line: 1, gapBefore: 0 }],
    body: "", frontMatter: {}, warnings: [], reports: [],
    via: { title: "", subtitle: "", date: "", source: "", author: "", url: "", slug: "" },
    ...over,
  };
}

function frontMatterOf(post: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(post);
  if (!m) throw new Error("no front matter");
  return parse(m[1]) as Record<string, unknown>;
}

describe("renderPost", () => {
  it.each([
    ['引号"双"与\'单\'：冒号 # 井号'],
    ["---"],
    ["两行\n标题"],
    ["yes"],
    ["  前后空格  "],
    ["反斜杠\\与制表\t符"],
  ])("title %j round-trips through YAML", (title) => {
    const fm = frontMatterOf(renderPost(article({ title, subtitle: title, author: title }), { siteUrl: "https://x.org" }));
    expect(fm.title).toBe(title);
    expect(fm.subtitle).toBe(title);
    expect(fm.author).toBe(title);
  });

  it("writes the date in Jekyll's shape and omits it when unknown", () => {
    expect(renderPost(article(), { siteUrl: "https://x.org" })).toContain("\ndate: 2021-12-15 10:03:12 +0800\n");
    expect(renderPost(article({ date: null }), { siteUrl: "https://x.org" })).not.toMatch(/^date:/m);
  });

  it("escapes markup in body text", () => {
    const body = renderBody(article({ blocks: [{ kind: "paragraph", text: "<script>alert(1)</script>", line: 1, gapBefore: 0 }] }));
    expect(body).not.toContain("<script>");
    expect(body).toContain("&lt;script&gt;");
  });

  it("puts the byline first and the source line last", () => {
    const body = renderBody(article({ byline: "记者张三" }));
    expect(body).toBe('<p>记者张三</p>\n <p>正文。</p><p class="em_media">（文章来源：恩施日报）</p>');
  });

  it("writes backlinks protocol-relative to the site, or only home without a category", () => {
    expect(protocolRelative("https://a.example/blog/")).toBe("//a.example/blog");
    expect(renderBacklinks(article(), "https://a.example")).toBe(
      "[返回恩施日报新闻](//a.example/category/enshiribao.html)｜[返回首页](//a.example/)",
    );
    expect(renderBacklinks(article({ source: null, category: null }), "https://a.example")).toBe("[返回首页](//a.example/)");
  });

  it("quotes YAML scalars that would not read back as the same string", () => {
    expect(yamlScalar("恩施日报新闻")).toBe("恩施日报新闻");
    expect(yamlScalar("no")).toBe('"no"');
    expect(yamlScalar("a: b")).toBe('"a: b"');
    expect(parse(`k: ${yamlScalar("#x")}`)).toEqual({ k: "#x" });
  });
});

describe("yamlScalar on values YAML would not read as strings", () => {
  it.each(["123", "0", "1.5", "1e3", "0x1F", "0o17", "2021-12-15", ".inf", "y", "Off", " 前空格"])("%j is quoted", (v) => {
    expect(parse(`k: ${yamlScalar(v)}`)).toEqual({ k: v });
  });
  it("quotes a numeric category and keeps backlinks well-formed for odd source names", () => {
    const post = renderPost(article({ category: "2021", source: "报[A]\n" }), { siteUrl: "https://x.org" });
    expect(frontMatterOf(post).categories).toBe("2021");
    expect(post).toMatch(/\[返回报 A  新闻\]\(\/\/x\.org\/category\/2021\.html\)｜\[返回首页\]\(\/\/x\.org\/\)$/);
  });
});

describe("extra front matter keys", () => {
  it("keep trailing ideographic spaces (only the final newline of the YAML is trimmed)", () => {
    const post = renderPost(article({ frontMatter: { description: "内容摘要\u3000" } }), { siteUrl: "https://x.org" });
    expect(frontMatterOf(post).description).toBe("内容摘要\u3000");
  });
});
