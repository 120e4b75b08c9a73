import { describe, expect, it } from "vitest";
import { cjkExcerpt } from "../../../src/site/filters/cjk-excerpt.ts";
import { countReadingChars, readingTime, readingMinutes } from "../../../src/site/filters/reading-time.ts";
import { pinyinSlug } from "../../../src/site/filters/pinyin-slug.ts";
import { absoluteUrl, withPathPrefix } from "../../../src/site/filters/absolute-url.ts";
import { cdata, xmlText } from "../../../src/site/filters/xml-text.ts";

describe("cjkExcerpt", () => {
  it("keeps short text whole, tags stripped", () => {
    expect(cjkExcerpt("<p>今年以来，建始县<b>很好</b>。</p>", 50)).toBe("今年以来，建始县很好。");
  });
  it("cuts after the last 。！？ within the limit", () => {
    expect(cjkExcerpt("<p>第一句话。第二句话！第三句话很长很长很长很长</p>", 12)).toBe("第一句话。第二句话！");
  });
  it("cuts at the limit with an ellipsis when no sentence ends early enough", () => {
    expect(cjkExcerpt("<p>一二三四五六七八九十一二三四五。</p>", 10)).toBe("一二三四五六七八九十……");
  });
  it("never splits a surrogate pair", () => {
    const out = cjkExcerpt("𠀀".repeat(30), 10);
    expect(Array.from(out.replace("……", ""))).toEqual(Array(10).fill("𠀀"));
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
  it("never cuts mid-tag: markup is gone before counting", () => {
    const out = cjkExcerpt(`<p><a href="https://example.com/${"x".repeat(200)}">链接</a>文字</p>`, 5);
    expect(out).toBe("链接文字");
    expect(out).not.toContain("<");
  });
  it("joins paragraphs with a space and drops script contents", () => {
    expect(cjkExcerpt("<p>甲。</p><script>alert(1)</script><p>乙。</p>", 50)).toBe("甲。 乙。");
  });
});

describe("readingTime", () => {
  it("counts CJK characters at 400 a minute, at least one minute", () => {
    expect(readingTime("<p>短</p>")).toBe("约 1 分钟");
    expect(readingMinutes(`<p>${"字".repeat(801)}</p>`)).toBe(3);
    expect(readingMinutes(`<p title="${"字".repeat(4000)}">x</p>`)).toBe(1);
    expect(countReadingChars("今天 hello world 2021年，𠀀。")).toBe(9);
  });
});

describe("pinyinSlug", () => {
  it.each([
    ["恩施日报", "enshiribao"],
    ["恩施日报新闻", "enshiribaoxinwen"],
    ["../../x", "x"],
  ])("%s → %s", (input, expected) => expect(pinyinSlug(input)).toBe(expected));
});

describe("absoluteUrl", () => {
  it("puts a site path under the path prefix and the site URL", () => {
    expect(absoluteUrl("/a/b.html", "https://x.com")).toBe("https://x.com/a/b.html");
    expect(absoluteUrl("/a/b.html", "https://x.com/", "/blog/")).toBe("https://x.com/blog/a/b.html");
    expect(absoluteUrl("a.html", "https://x.com", "blog")).toBe("https://x.com/blog/a.html");
  });
  it("leaves absolute and protocol-relative URLs alone", () => {
    expect(absoluteUrl("https://y.org/z", "https://x.com", "/blog/")).toBe("https://y.org/z");
    expect(absoluteUrl("//y.org/z", "https://x.com")).toBe("//y.org/z");
  });
  it("withPathPrefix keeps the root a folder", () => {
    expect(withPathPrefix("/", "/blog/")).toBe("/blog/");
    expect(withPathPrefix("/", "/")).toBe("/");
  });
});

describe("xmlText and cdata", () => {
  it("strips characters XML 1.0 forbids, keeps tab/newline and astral characters", () => {
    expect(xmlText("a\u0000b\u0008c\td\ne\uFFFE𠀀")).toBe("abc\td\ne𠀀");
  });
  it("splits ]]> so the CDATA section cannot end early", () => {
    expect(cdata("x]]>y")).toBe("<![CDATA[x]]]]><![CDATA[>y]]>");
  });
});
