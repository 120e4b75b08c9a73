// Bad input is a boring event: the engine returns an Article or throws IngestError, never
// anything else, for any string or bytes; broken front matter becomes a warning naming it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingest, IngestError } from "../../src/ingest/index.ts";
import type { Article } from "../../src/types.ts";
import { ingestText, seedBytes } from "./support/ingest.ts";

/** Ingest, and tell an IngestError (allowed) from any other exception (a bug). */
function tryIngest(bytes: Uint8Array): Article | IngestError {
  try {
    return ingest({ path: "p.txt", bytes });
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

/** Lines of the seeds, to build inputs that look like scraped pages. */
const SEED_LINES = ["001", "003", "004"].flatMap((s) => new TextDecoder().decode(seedBytes(s).bytes).split("\n"));
const SHAPES = ["---", "---\ntitle: x", "# 标题", "## 小节", "<p>", "</p>", "——", "2022", "02/13", "16:09", "【", "】", "（", ")", "“", " ", ""];

describe("never throws anything but IngestError", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const r = tryIngest(new TextEncoder().encode(s));
        if (!(r instanceof IngestError)) expect(typeof r.body).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        tryIngest(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it("on shuffled scraped-page lines and layout fragments", () => {
    const line = fc.oneof(fc.constantFrom(...SEED_LINES), fc.constantFrom(...SHAPES), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const r = tryIngest(new TextEncoder().encode(lines.join("\n")));
        if (!(r instanceof IngestError)) {
          for (const w of r.warnings) expect(w.startsWith("p.txt: ")).toBe(true);
          expect(r.body).not.toMatch(/<(?!\/?(p|h[2-4])[ >])/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("broken front matter", () => {
  it("an opening --- without a closing one: the key lines at the top are read as front matter, with a warning", () => {
    const a = ingestText("---\ntitle: 没有结尾的标题\n\n正文第一段，写得足够长，是一个完整的句子。");
    expect(a.title).toBe("没有结尾的标题");
    expect(a.warnings).toContain('case.txt: front matter: opening "---" has no closing "---"; read the first 2 lines as front matter');
    expect(a.body).toContain("正文第一段");
    expect(a.body).not.toContain("title:");
  });

  it("an unterminated block before <p> paragraphs: no YAML line becomes the title or the body", () => {
    const a = ingestText('---\nlayout: post\ntitle: "前言未闭合"\ndate: 2021-03-15 14:28:00 +0800\n<p>正文第一段，写得足够长。</p>\n <p>第二段。</p>');
    expect(a.title).toBe("前言未闭合");
    expect(a.date).toBe("2021-03-15T14:28:00+08:00");
    expect(a.body).toBe("<p>正文第一段，写得足够长。</p>\n <p>第二段。</p>");
  });

  it("invalid YAML: ignored, with a warning naming the problem", () => {
    const a = ingestText('---\ntitle: "unclosed\n  : [\n---\n<p>正文第一段，写得足够长。</p>');
    expect(a.warnings).toContainEqual(expect.stringMatching(/^case\.txt: front matter: invalid YAML \(/));
    expect(a.body).toBe("<p>正文第一段，写得足够长。</p>");
  });

  it("a post whose last <p> is never closed keeps that text", () => {
    const a = ingestText("---\ntitle: T\n---\n<p>第一段。</p>\n<p>没有结尾的段落<b>加粗</b>");
    expect(a.blocks.map((b) => b.text)).toEqual(["第一段。", "没有结尾的段落加粗"]);
  });

  it("a title with quotes, colons, --- and a newline survives as written", () => {
    const title = "He said \"hi\": 'ok' # not a comment --- and\nmore";
    const a = ingestText(`---\ntitle: ${JSON.stringify(title)}\n---\n<p>正文。</p>`);
    expect(a.title).toBe(title);
  });

  it("template syntax and markup in text stay text", () => {
    const a = ingestText("标题在这里\n\n正文里有 {{ site.title }} 和 {% raw %} 还有 <script>alert(1)</script> 这样的句子。");
    expect(a.body).toContain("{{ site.title }}");
    expect(a.body).toContain("&lt;script&gt;");
  });
});

describe("front matter categories", () => {
  const post = (cat: string) => `---\nlayout: post\ntitle: 分类\ncategories: ${cat}\n---\n<p>正文第一段，写得足够长，是一个完整的句子。</p>`;
  it.each([
    ["enshiribao", "enshiribao", false],
    ["恩施日报", "enshiribao", false],
    ["../../x", null, true],
  ])("%s → %s", (cat, slug, warned) => {
    const a = ingestText(post(cat));
    expect(a.category).toBe(slug);
    expect(a.warnings.some((w) => w.includes("categories"))).toBe(warned);
  });
});
