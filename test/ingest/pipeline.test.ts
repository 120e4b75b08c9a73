// The cleaning pipeline as data: listed, disabled and extended by name; unknown names throw.
import { describe, expect, it } from "vitest";
import { ingestWith } from "../../src/ingest/index.ts";
import { createPipeline, DEFAULT_RULES } from "../../src/ingest/pipeline.ts";
import { bodyText, ingestSeed, ingestText, PUBLICATIONS, seedBytes } from "./support/ingest.ts";

const ORDER = [
  "drop-meta-lines",
  "extract-credits",
  "merge-continuations",
  "drop-related-links",
  "drop-horizontal-rules",
  "drop-footer",
  "drop-spam-lines",
  "drop-contact-lines",
  "drop-date-widgets",
  "drop-view-counts",
  "drop-comment-widgets",
  "drop-share-lines",
  "drop-app-promos",
  "drop-header-widgets",
  "drop-navigation",
  "drop-image-names",
  "drop-captions",
  "merge-page-break-overlap",
  "merge-split-words",
  "restore-lost-plus",
  "normalize-punctuation",
  "normalize-whitespace",
  "drop-empty-blocks",
];

describe("createPipeline", () => {
  it("lists the default rules in order, all enabled", () => {
    expect(createPipeline().list()).toEqual(ORDER.map((name) => ({ name, enabled: true })));
    expect(DEFAULT_RULES.map(([n]) => n)).toEqual(ORDER);
  });

  it("builds a fresh pipeline each time (disabling one does not touch the next)", () => {
    createPipeline().disable("drop-captions");
    expect(createPipeline().list().every((r) => r.enabled)).toBe(true);
  });
});

describe("IngestOptions.disable", () => {
  it("turns a rule off by name", () => {
    const on = bodyText(ingestSeed("001"));
    const off = bodyText(ingestSeed("001", { publications: PUBLICATIONS, disable: ["restore-lost-plus"] }));
    expect(on).toContain("“5+1”行动");
    expect(off).toContain("“5 1”行动");
  });

  it("throws on an unknown rule name, naming the known ones", () => {
    expect(() => ingestSeed("001", { disable: ["drop-everything"] })).toThrow(/drop-everything.*Known rules: drop-meta-lines/);
  });
});

describe("extending the pipeline", () => {
  it("runs a user's rule where it was inserted, and its reports are kept", () => {
    const pipeline = createPipeline().after("drop-spam-lines", "drop-first-block", (state) => {
      state.report("drop-first-block", state.blocks[0].text);
      state.blocks = state.blocks.slice(1);
    });
    const { name, bytes } = seedBytes("002");
    const a = ingestWith({ path: name, bytes }, { publications: PUBLICATIONS }, pipeline);
    expect(bodyText(a)).not.toContain("做好工作重心衔接");
    expect(a.reports.some((r) => r.rule === "drop-first-block")).toBe(true);
  });

  it("skips a rule that throws, with a warning naming it, and keeps the article", () => {
    const pipeline = createPipeline().push("broken", () => {
      throw new Error("boom");
    });
    const a = ingestWith({ path: "x.txt", bytes: new TextEncoder().encode("标题行\n\n正文第一段，内容足够长，读起来是完整的句子。") }, {}, pipeline);
    expect(a.warnings).toContain('x.txt: rule "broken" failed and was skipped (boom)');
    expect(bodyText(a)).toContain("正文第一段");
  });
});

it("does not clean a post already in the target layout", () => {
  const a = ingestText('---\nlayout: post\ntitle: "T"\n---\n<p>全县乡镇党员干部、 驻村工作队(社区),共5 1个。</p>');
  expect(bodyText(a)).toBe("全县乡镇党员干部、 驻村工作队(社区),共5 1个。");
  expect(a.reports).toEqual([]);
});
