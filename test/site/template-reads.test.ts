// What a layout reads from its page's context, from Nunjucks' own parse tree: the check that
// decides whether its pages can be rendered in bulk.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateReads } from "../../src/site/template-reads.ts";
import { eleventyNunjucks } from "../../src/site/bulk-check.ts";
import { ROOT } from "./support/build.ts";

const lib = eleventyNunjucks();

/** Templates by name from a map (tests) or from the project's _includes. */
function reads(templates: Record<string, string>, name = "main.njk", tags?: { single: string[]; paired: string[] }) {
  const source = (n: string) => {
    if (n in templates) return templates[n];
    const file = join(ROOT, "_includes", n);
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  };
  const r = templateReads(lib, source, name, tags);
  return { free: [...r.free].sort(), problem: r.problem };
}

describe("the project's layouts", () => {
  it("post, list and feed layouts read only their page's item, site and zhuanzai", () => {
    expect(reads({}, "layouts/post.njk")).toEqual({ free: ["post", "site", "zhuanzai"], problem: null });
    expect(reads({}, "layouts/list.njk")).toEqual({ free: ["list", "site", "zhuanzai"], problem: null });
    expect(reads({}, "layouts/rss.njk")).toEqual({ free: ["feed", "site"], problem: null });
  });

  it("the base layout on its own also reads title and content (blocks nothing overrides)", () => {
    expect(reads({}, "layouts/base.njk").free).toEqual(["content", "site", "title", "zhuanzai"]);
  });
});

describe("names the template binds are not reads", () => {
  it("loop variables, set, macro arguments and imports", () => {
    const r = reads({
      "main.njk": [
        '{% from "m.njk" import shout as loud %}{% import "m.njk" as lib %}',
        "{% for k, v in things %}{{ k }}{{ v }}{{ loop.index }}{% endfor %}",
        "{% set x = other.y %}{{ x }}{% set block_set %}{{ inner }}{% endset %}",
        "{{ loud(arg) }}{{ lib.shout(1) }}{{ items | join(sep) }}{{ { key: value }.key }}",
      ].join("\n"),
      "m.njk": "{% macro shout(word, times=count) %}{{ word }}{{ caller() if caller }}{% endmacro %}",
    });
    expect(r).toEqual({ free: ["arg", "count", "inner", "items", "other", "sep", "things", "value"], problem: null });
  });

  it("a filter's name is not a read; its arguments are", () => {
    expect(reads({ "main.njk": "{{ a | date(fmt) | safe }}" }).free).toEqual(["a", "fmt"]);
  });
});

describe("blocks across extends", () => {
  const base = "<title>{% block title %}{{ title }}{% endblock %}</title>{% block main %}{{ content }}{% endblock %}{{ footer }}";

  it("a parent's block that the child overrides is not read", () => {
    expect(reads({ "base.njk": base, "main.njk": '{% extends "base.njk" %}{% block title %}{{ post.title }}{% endblock %}' }).free).toEqual(["content", "footer", "post"]);
  });

  it("a child block calling super() keeps the parent's reads", () => {
    expect(reads({ "base.njk": base, "main.njk": '{% extends "base.njk" %}{% block title %}{{ super() }} {{ post.title }}{% endblock %}' }).free).toEqual([
      "content", "footer", "post", "title",
    ]);
  });

  it("overrides pass through a middle layout", () => {
    const middle = '{% extends "base.njk" %}{% block main %}<main>{{ content }}</main>{% endblock %}';
    expect(reads({ "base.njk": base, "middle.njk": middle, "main.njk": '{% extends "middle.njk" %}{% block main %}{{ page.url }}{% endblock %}{% block title %}t{% endblock %}' }).free).toEqual([
      "footer", "page",
    ]);
  });
});

describe("reads that cannot be known", () => {
  it("a template named by an expression", () => {
    expect(reads({ "main.njk": "{% include post.kind + '.njk' %}" }).problem).toMatch(/only known at render time \(line 1\)/);
  });

  it("a missing template, and one that does not parse", () => {
    expect(reads({ "main.njk": '{% include "nope.njk" %}' }).problem).toMatch(/cannot find the template "nope.njk"/);
    expect(reads({ "main.njk": "{% if %}" }).problem).toMatch(/cannot parse "main.njk"/);
  });

  it("an unknown tag does not parse; a known shortcode does, and its arguments are reads", () => {
    const src = '{% year %}{% card post.title, size=w %}<b>{{ inner }}</b>{% endcard %}';
    expect(reads({ "main.njk": src }).problem).toMatch(/cannot parse/);
    expect(reads({ "main.njk": src }, "main.njk", { single: ["year"], paired: ["card"] })).toEqual({ free: ["inner", "post", "w"], problem: null });
  });
});
