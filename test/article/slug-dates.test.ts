import { describe, expect, it } from "vitest";
import { isoDate, jekyllDate, parseJekyllDate } from "../../src/article/dates.ts";
import { findPublication, findPublicationIn, validatePublications } from "../../src/article/publications.ts";
import { categorySlug, hashSlug, isSafeSlug, pinyinSlug } from "../../src/article/slug.ts";

describe("pinyinSlug", () => {
  it.each([
    ["恩施日报", "enshiribao"],
    ["消费质量网", "xiaofeizhiliangwang"],
    ["重庆日报", "chongqingribao"], // 多音字 read in context
    ["CCTV-13 新闻", "cctv-13-xinwen"],
    ["../../x", "x"],
    ["“党建+”", "dangjian"],
    ["“+”", ""], // callers fall back to a hash
  ])("%s → %s", (input, slug) => expect(pinyinSlug(input)).toBe(slug));

  it("uses the registry's override when pinyin reads a name wrongly", () => {
    expect(categorySlug("长沙晚报", [{ name: "长沙晚报", slug: "cswb" }])).toBe("cswb");
    expect(categorySlug("长沙晚报")).toBe("changshawanbao");
  });

  it("hashes stably to 16 hex characters", () => {
    expect(hashSlug("a", "b", null)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashSlug("a", "b", null)).toBe(hashSlug("a", "b", null));
    expect(hashSlug("ab", "")).not.toBe(hashSlug("a", "b"));
    expect(isSafeSlug("98d7beee95a910ca")).toBe(true);
    expect(isSafeSlug("../etc")).toBe(false);
  });
});

describe("dates", () => {
  it.each([
    ["2021-12-15 10:03:12 +0800", "2021-12-15T10:03:12+08:00"],
    ["2021-12-15 10:03:12 +08:00", "2021-12-15T10:03:12+08:00"],
    ["2021-12-15 07:00", "2021-12-15T07:00:00+08:00"],
    ["2021-12-15", "2021-12-15T00:00:00+08:00"],
    ["2021-12-15T02:03:12Z", "2021-12-15T10:03:12+08:00"],
  ])("parses %s as %s in Asia/Shanghai", (input, iso) => {
    expect(isoDate(parseJekyllDate(input)!.setZone("Asia/Shanghai"))).toBe(iso);
  });

  it("rejects impossible dates and other shapes", () => {
    expect(parseJekyllDate("2021-02-30")).toBeNull();
    expect(parseJekyllDate("yesterday")).toBeNull();
    expect(parseJekyllDate(42)).toBeNull();
  });

  it("writes Jekyll's shape", () => {
    expect(jekyllDate("2022-02-13T16:09:00+08:00")).toBe("2022-02-13 16:09:00 +0800");
  });
});

describe("publications", () => {
  const reg = validatePublications([{ name: "恩施日报", aliases: ["恩施日报社"] }, { name: "湘西工作" }]);
  it("finds names and aliases, ignoring 《》 and spaces", () => {
    expect(findPublication("《恩施日报社》", reg)?.name).toBe("恩施日报");
    expect(findPublication("湘 西工作", reg)?.name).toBe("湘西工作");
    expect(findPublication("十堰日报", reg)).toBeNull();
    expect(findPublicationIn("恩施日报社全媒体记者", reg)?.name).toBe("恩施日报");
  });
  it("rejects malformed registry entries with the entry named", () => {
    expect(() => validatePublications([{ name: "" }])).toThrow(/\[0\].*name/);
    expect(() => validatePublications([{ name: "甲", slug: "Bad Slug" }])).toThrow(/甲.*slug/);
    expect(() => validatePublications({})).toThrow(/array/);
  });
});
