import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, resolveOptions } from "../../src/site/options.ts";

describe("resolveOptions", () => {
  it("merges user options over the defaults", () => {
    const o = resolveOptions({ site: { title: "我的博客", url: "https://me.example/" }, postsDir: "articles" });
    expect(o.site.title).toBe("我的博客");
    expect(o.site.url).toBe("https://me.example");
    expect(o.site.postsPerPage).toBe(DEFAULT_OPTIONS.site.postsPerPage);
    expect(o.postsDir).toBe("articles");
    expect(o.layouts.post).toBe("layouts/post.njk");
  });

  it.each([
    [{ site: { url: "example.com" } }, /site\.url.*absolute http\(s\) URL.*SITE_URL/],
    [{ site: { postsPerPage: 0 } }, /site\.postsPerPage.*whole number/],
    [{ site: { timezone: "Mars/Olympus" } }, /site\.timezone.*IANA/],
    [{ site: { fallbackCategory: { name: "综合", slug: "../x" } } }, /site\.fallbackCategory.*ASCII slug/],
    [{ site: { undatedFallback: "someday" } }, /site\.undatedFallback/],
    [{ cacheDir: "" }, /cacheDir/],
    [{ publications: [{ aliases: [] }] }, /publications.*name/],
  ])("rejects %j with an actionable message", (user, message) => {
    expect(() => resolveOptions(user as never)).toThrow(message);
  });
});
