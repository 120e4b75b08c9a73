// Properties of the post renderer: the front matter it writes parses back (with the `yaml` package)
// to exactly the values it was given, and the body it writes is well-formed HTML with nothing active.
import * as cheerio from "cheerio";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseJekyllDate } from "../../src/article/dates.ts";
import { renderBody, renderPost } from "../../src/article/render.ts";
import type { Article, Block } from "../../src/types.ts";
import { activeContent } from "../hostile/support/active-content.ts";
import { anyString, cleanText, shanghaiIso, slug, yamlishString } from "./support/arbitraries.ts";
import { checkBody, splitPost } from "./support/post-shape.ts";

const RUNS = 300;

const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom("paragraph" as const, "heading" as const),
  text: cleanText,
  level: fc.integer({ min: 1, max: 6 }),
  line: fc.nat(),
  gapBefore: fc.nat(3),
});

const title = fc.oneof(yamlishString, anyString, cleanText);

const article: fc.Arbitrary<Article> = fc
  .record({
    title: fc.option(title, { nil: null }),
    subtitle: fc.option(title, { nil: null }),
    date: fc.option(shanghaiIso, { nil: null }),
    source: fc.option(cleanText, { nil: null }),
    category: slug,
    author: fc.option(title, { nil: null }),
    url: fc.option(fc.webUrl(), { nil: null }),
    slug,
    blocks: fc.array(block, { maxLength: 8 }),
    extraTags: fc.array(title, { maxLength: 3 }),
  })
  .map((r) => ({
    file: "x.txt",
    kind: "text",
    encoding: "utf-8",
    title: r.title,
    subtitle: r.subtitle,
    date: r.date,
    source: r.source,
    category: r.source ? r.category : null,
    tags: r.source ? [`${r.source}新闻`, ...r.extraTags] : [],
    author: r.author,
    byline: null,
    credits: [],
    url: r.url,
    slug: r.slug,
    blocks: r.blocks,
    body: "",
    frontMatter: {},
    via: {} as Article["via"],
    warnings: [],
    reports: [],
  }));

describe("renderPost front matter round-trips through a YAML parser", () => {
  it("title, subtitle, author, tags and date parse back to the same values", () => {
    fc.assert(
      fc.property(article, (a) => {
        const { frontMatter } = splitPost(renderPost(a, { siteUrl: "https://example.com" }));
        const fm = parse(frontMatter) as Record<string, unknown>;
        expect(fm.layout).toBe("post");
        expect(fm.title ?? null).toEqual(a.title);
        expect(fm.subtitle ?? null).toEqual(a.subtitle || null);
        expect(fm.author ?? null).toEqual(a.author || null); // an empty value is not written
        expect(fm.tags === undefined ? [] : [fm.tags].flat()).toEqual(a.tags);
        expect(fm.categories ?? null).toEqual(a.category);
        if (a.date === null) expect(fm.date).toBeUndefined();
        else expect(parseJekyllDate(fm.date)?.toMillis()).toBe(Date.parse(a.date));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("renderBody is well-formed and inert", () => {
  it("one balanced <p>/<h2–4> element per block, text kept exactly, nothing active", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 10 }), fc.option(cleanText, { nil: null }), fc.option(cleanText, { nil: null }), (blocks, byline, source) => {
        const body = renderBody({ blocks, byline, source });
        const texts = [...(byline ? [byline] : []), ...blocks.map((b) => b.text), ...(source ? [`（文章来源：${source}）`] : [])];
        expect(checkBody(body)).toEqual(texts);
        expect(activeContent(body)).toEqual([]);
        const $ = cheerio.load(body, null, false);
        expect(checkBody($.html())).toEqual(texts); // re-serialised, it reads the same
      }),
      { numRuns: RUNS },
    );
  });
});
