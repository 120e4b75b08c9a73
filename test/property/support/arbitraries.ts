// fast-check generators for the kinds of text scraped Chinese news arrives in: CJK prose, YAML-ish
// front matter, HTML with active content, boilerplate lines, dates in the formats the engine reads.
import fc from "fast-check";

/** Pieces that break naive YAML writers and readers. */
export const YAML_PIECES = ['"', "'", ":", ": ", " #", "#", "---", "...", "\n", "- ", "? ", "&a", "*a", "!!str", "%YAML", "@", "`", "|", ">", "{", "}", "[", "]", ",", "true", "null", "~", "0x1F", "1e3", "2021-12-15", "\\", "\t", "\u3000", "\u2028", "\u00a0"];
/** Pieces of hostile HTML. */
export const HTML_PIECES = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>', '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  "<style>body{display:none}</style>", "<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<br>", "&amp;", "&lt;", "&#x3c;script&#x3e;", "<!--", "-->", "<![CDATA[", "]]>",
  '<svg onload="alert(1)">', '<a href="  JaVa\tScRiPt:alert(1)">y</a>', "{{ 7*7 }}", "{% raw %}", "{%- endraw -%}",
];
export const CJK_PIECES = ["今年以来", "建始县委、县政府以党建为引领", "，", "。", "“接力棒”", "（文章来源：恩施日报）", "记者张三", "通讯员李四", "编辑：王五", "2021年12月15日 10:03", "来源：湘西日报", "电话：0719-4224351", "扫一扫", "阅读 3384", "【开栏语】", "——副标题", "5+1行动", "《十堰日报》", "本报讯", "责任编辑：赵六"];
export const LINE_PIECES = ["---", "layout: post", "title: ", "date: 2021-12-15 10:03:12 +0800", "categories: enshiribao", "tags: 恩施日报新闻", "# ", "## ", "", "   ", "<p>", "</p>"];

const piece = (pieces: string[]): fc.Arbitrary<string> => fc.constantFrom(...pieces);

/** Any Unicode string, including lone surrogates and control characters. */
export const anyString = fc.string({ unit: "binary", maxLength: 200 });

/** A string made of YAML trouble, CJK prose and arbitrary characters. */
export const yamlishString = fc
  .array(fc.oneof(piece(YAML_PIECES), piece(CJK_PIECES), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

/** Text values as ingest can produce them: trimmed, NFC, no XML-illegal control characters, no CR. */
export const cleanText = fc
  .array(fc.oneof(piece(YAML_PIECES), piece(CJK_PIECES), piece(HTML_PIECES), fc.string({ unit: "grapheme", maxLength: 8 })), { minLength: 1, maxLength: 10 })
  .map((parts) =>
    parts
      .join("")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\r]/g, "")
      .replace(/[\ud800-\udfff]/g, "")
      .normalize("NFC")
      .trim(),
  )
  .filter((s) => s.length > 0);

/** A whole raw document, line by line, mixing every shape the engine reads. */
export const rawDocument = fc
  .array(fc.oneof(piece(LINE_PIECES), piece(CJK_PIECES), piece(HTML_PIECES), yamlishString, fc.string({ unit: "grapheme", maxLength: 40 })), { maxLength: 40 })
  .map((lines) => lines.join("\n"));

/** A raw document with front matter whose values are hostile. */
export const frontMatterDocument = fc
  .record({ title: yamlishString, extra: yamlishString, body: fc.array(fc.oneof(piece(CJK_PIECES), piece(HTML_PIECES)), { maxLength: 10 }) })
  .map(({ title, extra, body }) => `---\nlayout: post\ntitle: ${title}\n${extra}\n---\n${body.map((b) => `<p>${b}</p>`).join("\n ")}`);

/** An instant between 1990 and 2040, as ISO 8601 in +08:00 with seconds. */
export const shanghaiIso = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }).map((s) => {
  const d = new Date((s + 8 * 3600) * 1000).toISOString().slice(0, 19);
  return `${d}+08:00`;
});

export const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
