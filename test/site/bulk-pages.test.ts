// Bulk rendering (post, list and feed pages rendered by the plugin with Eleventy's Nunjucks
// environment) gives the bytes Eleventy's own per-page pipeline gives, runs Eleventy's filters and
// transforms, leaves to Eleventy the layouts that read what only Eleventy has, and fails loudly.
import { cpSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Eleventy from "@11ty/eleventy";
import { eleventyUrl } from "../../src/site/bulk-pages.ts";
import { bulkBlocker } from "../../src/site/bulk-check.ts";
import { zhuanzaiPlugin } from "../../src/site/plugin.ts";
import type { EleventyConfig } from "../../src/site/eleventy-config.ts";
import { buildInProcess, buildWithNpm, listFiles, read, ROOT, tempDir } from "./support/build.ts";

const POST_000 = "enshiribao/2021/12/15/98d7beee95a910ca.html";

/** A copy of the project's _includes and _data, with `layouts` written over it. */
function inputWith(layouts: Record<string, string> = {}, data: Record<string, string> = {}): string {
  const dir = tempDir("input");
  cpSync(join(ROOT, "_includes"), join(dir, "_includes"), { recursive: true });
  cpSync(join(ROOT, "_data"), join(dir, "_data"), { recursive: true });
  for (const [name, text] of Object.entries(layouts)) writeFileSync(join(dir, "_includes", name), text);
  for (const [name, text] of Object.entries(data)) writeFileSync(join(dir, "_data", name), text);
  return dir;
}

/** Every output file's text, by path. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, read(dir, f)]));
}

/** The same build with bulk pages on and off, into the same output path (pages may print it). */
async function bothWays(options: Parameters<typeof buildInProcess>[0] = {}) {
  const output = tempDir("site");
  const bulk = await buildInProcess({ ...options, output, bulkPages: true });
  renameSync(output, `${output}-bulk`);
  const eleventy = await buildInProcess({ ...options, output, bulkPages: false });
  return { bulk: { ...bulk, output: `${output}-bulk` }, eleventy, output };
}

describe("bulk pages are the pages Eleventy would write", () => {
  it("the demo, byte for byte, at / and under a path prefix", async () => {
    for (const pathPrefix of [undefined, "/blog/"]) {
      const { bulk, eleventy } = await bothWays({ pathPrefix });
      expect(bulk.warnings.some((w) => /post pages.*list pages.*feeds \(bulk\)/.test(w))).toBe(true);
      expect(eleventy.warnings.some((w) => w.includes("(bulk)"))).toBe(false);
      const files = tree(bulk.output);
      expect(Object.keys(files)).toContain(POST_000);
      expect(files).toEqual(tree(eleventy.output));
    }
  });

  it("with the user's filters, shortcodes, transforms and `page` in a custom layout", async () => {
    const input = inputWith({
      "layouts/post.njk": '{% extends "layouts/base.njk" %}{% block main %}<p id="u">{{ page.url }} {{ page.outputPath }} {{ page.inputPath }} {{ page.fileSlug }}</p><p>{{ post.title | shout }} {% stamp post.slug %}</p>{% endblock %}',
    });
    const seen: string[] = [];
    const configure = (c: EleventyConfig) => {
      c.addFilter("shout", (s: string) => `${s}!`);
      (c as unknown as { addShortcode(n: string, f: (s: string) => string): void }).addShortcode("stamp", (s: string) => `[${s}]`);
      (c as unknown as { addTransform(n: string, f: (this: { page: { url: string } }, s: string) => string): void }).addTransform("mark", function (content) {
        seen.push(this.page.url);
        return content.replace("</body>", `<!-- ${this.page.url} --></body>`);
      });
    };
    const { bulk, eleventy, output } = await bothWays({ input, configure });
    const html = read(bulk.output, POST_000);
    expect(html).toContain(`<p id="u">/${POST_000} ${join(output, POST_000)} ${join(input, "zhuanzai/post.11ty.js")} post</p>`);
    expect(html).toContain("传好“接力棒” 迈步新征程!"); // the filter ran
    expect(html).toContain("[98d7beee95a910ca]");
    expect(html).toContain(`<!-- /${POST_000} --></body>`);
    expect(seen.filter((u) => u === `/${POST_000}`)).toHaveLength(2); // once per build, each way
    expect(tree(bulk.output)).toEqual(tree(eleventy.output));
  });

  it("an async filter: Nunjucks' async render, the same bytes", async () => {
    const input = inputWith({ "layouts/post.njk": '{% extends "layouts/base.njk" %}{% block main %}<p id="a">{{ post.slug | later }}</p>{% endblock %}' });
    const configure = (c: EleventyConfig) =>
      (c as unknown as { addNunjucksAsyncFilter(n: string, f: (v: string, cb: (e: null, r: string) => void) => void): void }).addNunjucksAsyncFilter("later", (v, cb) => {
        setTimeout(() => cb(null, `«${v}»`), 1);
      });
    const { bulk, eleventy } = await bothWays({ input, configure });
    expect(read(bulk.output, POST_000)).toContain('<p id="a">«98d7beee95a910ca»</p>');
    expect(tree(bulk.output)).toEqual(tree(eleventy.output));
  });

  it("`site` as Eleventy's data cascade merges it: _data/site.json under the plugin's options", async () => {
    const site = JSON.parse(read(join(ROOT, "_data"), "site.json")) as Record<string, unknown>;
    const input = inputWith(
      { "layouts/post.njk": '{% extends "layouts/base.njk" %}{% block main %}<p id="logo">{{ site.logo }} {{ site.title }}</p>{% endblock %}' },
      { "site.json": JSON.stringify({ ...site, logo: "/logo.svg", title: "文件里的标题" }) },
    );
    const { bulk, eleventy } = await bothWays({ input });
    expect(read(bulk.output, POST_000)).toContain(`<p id="logo">/logo.svg ${String(site.title)}</p>`);
    expect(tree(bulk.output)).toEqual(tree(eleventy.output));
  });

  it("page.url drops index.html as Eleventy's does", () => {
    expect(eleventyUrl("/index.html")).toBe("/");
    expect(eleventyUrl("/category/a/page/2/index.html")).toBe("/category/a/page/2/");
    expect(eleventyUrl("/a/b.html")).toBe("/a/b.html");
    expect(eleventyUrl("/feed.xml")).toBe("/feed.xml");
  });
});

describe("layouts that read what only Eleventy has are rendered by Eleventy", () => {
  it("collections, pagination and global data files; the log says which and why", async () => {
    const input = inputWith(
      { "layouts/post.njk": '{% extends "layouts/base.njk" %}{% block main %}{{ authors.editor }}/{{ pagination.pageNumber }}/{{ collections.all | length }}{% endblock %}' },
      { "authors.json": '{ "editor": "王编辑" }' },
    );
    const { output, warnings } = await buildInProcess({ input, bulkPages: true });
    expect(warnings).toContain("post pages are rendered by Eleventy page by page: layouts/post.njk reads `authors`, `collections`, `pagination`");
    expect(warnings.some((w) => /wrote \d+ list pages, \d+ feeds \(bulk\)/.test(w))).toBe(true);
    expect(read(output, POST_000)).toMatch(/王编辑\/\d+\/\d+/);
  });

  it("bulkBlocker: names Eleventy does not define are fine; other engines, front matter and aliases are not", () => {
    const input = inputWith({
      "layouts/x.njk": "{{ title }}{{ whatever.x }}{{ site.title }}{{ zhuanzai.links.home }}{{ page.url }}{{ content }}",
      "layouts/fm.njk": "---\nlayout: layouts/base.njk\n---\n{{ post.title }}",
    });
    const dirs = { input: "./", includes: join(input, "_includes"), data: join(input, "_data"), output: "./_site/" };
    expect(bulkBlocker("layouts/x.njk", "post", dirs, {})).toBeNull();
    expect(bulkBlocker("layouts/x.liquid", "post", dirs, {})).toBe("layouts/x.liquid is not a Nunjucks layout");
    expect(bulkBlocker("layouts/fm.njk", "post", dirs, {})).toBe("layouts/fm.njk has front matter");
    expect(bulkBlocker("layouts/x.njk", "post", dirs, { layoutAliases: { "layouts/x.njk": "y.njk" } })).toBe("layouts/x.njk is a layout alias");
    expect(bulkBlocker("layouts/x.njk", "post", dirs, { globalData: { whatever: {} } })).toBe("layouts/x.njk reads `whatever`");
    expect(bulkBlocker("layouts/none.njk", "post", dirs, {})).toBe("cannot find layouts/none.njk");
    expect(bulkBlocker("layouts/x.njk", "post", dirs, { urlTransforms: [() => "/"] })).toBe("URL transforms are registered");
  });
});

describe("failures name the page and stop the build", () => {
  it("a layout error names the post's input file", async () => {
    const input = inputWith({ "layouts/post.njk": "{{ post.slug | explode }}" });
    const configure = (c: EleventyConfig) => c.addFilter("explode", (slug: string) => {
      if (slug === "98d7beee95a910ca") throw new Error("boom");
      return slug;
    });
    await expect(buildInProcess({ input, configure })).rejects.toThrow(
      /rendering layouts\/post\.njk for posts\/000_98d7beee95a910ca\.txt \(\/enshiribao\/2021\/12\/15\/98d7beee95a910ca\.html\) failed: [\s\S]*Error in Nunjucks Filter `explode`/,
    );
  });

  it("a file that cannot be written is reported", async () => {
    const output = tempDir("site");
    mkdirSync(join(output, POST_000), { recursive: true }); // a folder where the page must go
    await expect(buildInProcess({ output })).rejects.toThrow(/1 page could not be written:\n.*98d7beee95a910ca\.html: EISDIR/);
  });

  it("another template writing a bulk page's path is an error, as in Eleventy", async () => {
    const configure = (c: EleventyConfig) => c.addTemplate("clash.njk", "clash", { permalink: `/${POST_000}` });
    await expect(buildInProcess({ configure })).rejects.toThrow(/clash\.njk writes .*98d7beee95a910ca\.html, which is a page of the zhuanzai plugin/);
  });
});

describe("builds that write no files leave every page to Eleventy", () => {
  it("--to=json returns the post, list and feed pages among Eleventy's results", async () => {
    const warnings: string[] = [];
    const elev = new Eleventy(ROOT, tempDir("json"), {
      quietMode: true,
      config(c: EleventyConfig) {
        c.addPlugin(zhuanzaiPlugin, { site: JSON.parse(read(join(ROOT, "_data"), "site.json")), publications: JSON.parse(read(join(ROOT, "_data"), "publications.json")), cacheDir: false, log: (m: string) => warnings.push(m) });
      },
    });
    const pages = (await elev.toJSON()) as { url: string; content: string }[];
    const post = pages.find((p) => p.url === `/${POST_000}`);
    expect(post?.content).toContain("<h1>传好“接力棒” 迈步新征程</h1>");
    expect(pages.some((p) => p.url === "/feed.xml")).toBe(true);
    expect(pages.some((p) => p.url === "/")).toBe(true);
    expect(warnings.some((w) => w.includes("(bulk)"))).toBe(false);
  });

  it("--dryrun writes nothing", () => {
    const r = buildWithNpm(["--dryrun"]);
    expect(r.status).toBe(0);
    expect(listFiles(r.output)).toEqual([]);
    expect(r.warnings.some((w) => w.includes("(bulk)"))).toBe(false);
  });
});
