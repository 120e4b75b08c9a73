// Every HTML page of the built demo passes html-validate 10 with no errors.
//
// Rule set (see HTML_VALIDATE_CONFIG): `html-validate:standard` (what the HTML standard requires:
// content models, permitted parents and children, attributes, duplicate ids, character references),
// `html-validate:a11y` (labels, alt text, landmarks, headings with text) and
// `html-validate:document` (doctype, heading levels in order, fragment links that resolve).
// We do not use `:recommended`, whose extra rules are style preferences of hand-written HTML
// (trailing whitespace, inline style, `long-title` — a Chinese headline plus the site name is
// legitimately long). `require-sri` only for cross-origin resources: the site's own CSS is same-origin.
import { dirname, join } from "node:path";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemo, readBuilt, type BuiltSite } from "../browser/support/demo-build.ts";
import { removeDir } from "../browser/support/site.ts";

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:standard", "html-validate:a11y", "html-validate:document"],
  rules: { "require-sri": ["error", { target: "crossorigin" }] },
};

let site: BuiltSite;

beforeAll(async () => {
  site = await buildDemo("html-validate");
});

afterAll(() => {
  if (site) removeDir(dirname(site.dir));
});

function format(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`;
}

describe("html-validate", () => {
  it("the demo has the pages it should (home, 5 posts, categories, 404)", () => {
    expect(site.html).toContain("index.html");
    expect(site.html).toContain("404.html");
    expect(site.posts.length).toBe(5);
    expect(site.categories.length).toBeGreaterThan(0);
  });

  it("every built HTML page validates with zero errors", async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const errors: string[] = [];
    for (const file of site.html) {
      const report = await validator.validateString(readBuilt(site, file), join(site.dir, file));
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(format(file, m));
    }
    expect(errors).toEqual([]);
  });

  it("the validator is live: it rejects a broken page", async () => {
    const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const report = await validator.validateString('<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div id="a"></div><span id="a"></span></body></html>', "broken.html");
    expect(report.valid).toBe(false);
  });
});
