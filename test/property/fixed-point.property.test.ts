// A post in the target layout passes through ingest byte-identical (issue 2 §5): for any complete
// article ingest makes (title, date and source found), renderPost ∘ ingest ∘ renderPost = renderPost.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderPost } from "../../src/article/render.ts";
import { ingest, IngestError } from "../../src/ingest/index.ts";
import type { Article } from "../../src/types.ts";
import { frontMatterDocument, rawDocument } from "./support/arbitraries.ts";

const RUNS = 300;
const SITE_URL = "https://example.com";
const PUBLICATIONS = [{ name: "恩施日报" }, { name: "湘西日报" }];

function tryIngest(path: string, text: string): Article | null {
  try {
    return ingest({ path, bytes: new TextEncoder().encode(text) }, { publications: PUBLICATIONS });
  } catch (e) {
    if (e instanceof IngestError) return null;
    throw e;
  }
}

describe("the target layout is a fixed point", () => {
  it("a complete article's post ingests back to the same post, byte for byte", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(rawDocument, frontMatterDocument), (doc) => {
        const a = tryIngest("doc.txt", doc);
        if (!a?.title || !a.date || !a.source) return;
        checked++;
        const post = renderPost(a, { siteUrl: SITE_URL });
        const again = tryIngest(`${a.slug}.md`, post);
        expect(again, "a rendered post is never refused").not.toBeNull();
        expect(renderPost(again!, { siteUrl: SITE_URL })).toBe(post);
      }),
      { numRuns: RUNS },
    );
    expect(checked, "some generated documents make complete articles").toBeGreaterThan(0);
  });

  it("credits written into front matter survive a re-import", () => {
    const text = "测试稿件标题\n\n来源：恩施日报 2021-12-15 10:03\n\n今年以来，全县坚持以党建为引领，充分发挥各级党组织战斗堡垒作用。\n\n在这个过程中，党员干部全员上阵，按照要求入户遍访。\n\n责任编辑：王五\n";
    const a = tryIngest("a.txt", text)!;
    expect(a.credits).toEqual([{ role: "责任编辑", name: "王五" }]);
    const post = renderPost(a, { siteUrl: SITE_URL });
    expect(tryIngest("a.md", post)!.credits).toEqual(a.credits);
  });
});
