import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";

describe("public api", () => {
  it("exposes exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "DEFAULT_RULES", "EXTRACT_KEYS", "IngestError", "Ruler", "categorySlug", "createPipeline", "ingest", "ingestWith",
        "jekyllDate", "parseJekyllDate", "pinyinSlug", "renderBody", "renderPost", "validatePublications", "zhuanzaiPlugin",
      ].sort(),
    );
  });

  it("lets a user list, disable and extend the cleaning rules by name", () => {
    const pipeline = api.createPipeline();
    const names = pipeline.list().map((r) => r.name);
    expect(names).toContain("drop-contact-lines");
    pipeline.disable("restore-lost-plus");
    pipeline.after("drop-contact-lines", "drop-my-banner", (state) => {
      state.blocks = state.blocks.filter((b) => !b.text.startsWith("本站广告"));
    });
    const text = "测试标题\n\n本站广告：欢迎订阅\n\n发布时间：2021-03-15 14:28\n\n这是正文第一段，讲述了“5 1”行动的成效，内容足够长。";
    const a = api.ingestWith({ path: "x.txt", bytes: new TextEncoder().encode(text) }, {}, pipeline);
    expect(a.body).not.toContain("本站广告");
    expect(a.body).toContain("“5 1”行动");
    expect(() => pipeline.disable("no-such-rule")).toThrow(/no-such-rule/);
  });
});
