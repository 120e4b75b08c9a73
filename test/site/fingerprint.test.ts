// What the layouts read decides what a page's render key must cover (fingerprint.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutReads } from "../../src/site/fingerprint.ts";
import { ROOT, tempDir } from "./support/build.ts";

const ALWAYS = ["layouts/categories.njk", "layouts/404.njk", "layouts/sitemap.njk"];

function includes(files: Record<string, string>): string {
  const dir = tempDir("includes");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("layoutReads", () => {
  it("the default layouts read only their own page and zhuanzai.links (comments and markup do not count)", () => {
    expect(layoutReads(join(ROOT, "_includes"), ALWAYS)).toEqual({ unbounded: false, siteWide: [] });
  });

  it("a sidebar of categories in the base layout puts the categories into every key", () => {
    const dir = includes({ "layouts/base.njk": "{% for c in zhuanzai.categories %}{{ c.title }}{% endfor %}{{ zhuanzai.links.home }}" });
    expect(layoutReads(dir, ALWAYS)).toEqual({ unbounded: false, siteWide: ["categories"] });
  });

  it("collections, all posts or the whole global data: every page is rendered", () => {
    for (const text of ["{{ collections.all | length }}", "{{ zhuanzai.posts[0].title }}", "{% set z = zhuanzai %}"]) {
      expect(layoutReads(includes({ "layouts/base.njk": text }), ALWAYS).unbounded, text).toBe(true);
    }
  });

  it("the always-rendered pages may read anything", () => {
    const dir = includes({ "layouts/sitemap.njk": "{{ zhuanzai.sitemap }}{{ collections.all }}" });
    expect(layoutReads(dir, ALWAYS).unbounded).toBe(false);
  });
});
