// Hostile HTML is harmless: whatever a page holds, readHtml returns plain text (no markup, no
// script URL, no event handler) in Blocks and hints, and never throws.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../../src/ingest/read/html.ts";

/** What must never leave the reader: a tag (HTML: `<` right before a letter), a script URL, a handler. */
const UNSAFE_RE = /<\/?[a-z!?][^<>]*>|<\/?(?:script|img|iframe|svg|style|a|object|embed)\b|javascript\s*:|vbscript\s*:|on[a-z]{3,}\s*=/i;

function everyText(page: ReturnType<typeof readHtml>): string[] {
  const hints = Object.values(page.hints).flat();
  return [...page.blocks.map((b) => b.text), ...hints, page.title ?? ""];
}

const PROSE = "今年以来，全县坚持以党建引领乡村振兴，组织党员干部深入田间地头，帮助群众解决生产难题，群众满意度明显提升。";

const HOSTILE_PAGE = `<!doctype html><html><head>
<title>标题<script>alert(1)</script>_某网</title>
<meta name="author" content="&lt;img src=x onerror=alert(1)&gt;">
<meta name="source" content="javascript:alert(1)">
<meta property="og:title" content="<svg onload=alert(1)>">
<link rel="canonical" href="javascript:alert(1)">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"<script>alert(1)</script>","author":{"name":"<b onmouseover=alert(1)>x</b>"},"url":"javascript:alert(1)"}</script>
</head><body>
<div class="content">
<p>${PROSE}<script>document.write("<p>注入</p>")</script></p>
<p>${PROSE}<img src="x" onerror="alert('img')"><a href="javascript:alert(1)" onclick="alert(2)">链接文字</a></p>
<p>${PROSE}&lt;script&gt;alert("entity")&lt;/script&gt;</p>
<p>${PROSE}&lt;img src=x onerror=alert(1)</p>
<p>${PROSE}javascript:alert(document.cookie)</p>
<p>${PROSE}<iframe src="javascript:alert(1)"></iframe><object data="x.swf"></object><embed src="x.swf"></p>
<p>${PROSE}<math><mi xlink:href="javascript:alert(1)">数学</mi></math><template><p>模板</p></template></p>
<p>${PROSE}<![CDATA[<script>alert(1)</script>]]><!-- <script>alert(1)</script> --></p>
<p>${PROSE}<scr<script>ipt>alert(1)</scr</script>ipt></p>
<p>${PROSE}<a href="data:text/html;base64,PHNjcmlwdD4=">数据链接</a><form action="javascript:alert(1)"><input value="x"></form></p>
</div>
</body></html>`;

describe("readHtml on hostile input", () => {
  const page = readHtml(HOSTILE_PAGE, "hostile.html");

  it("keeps the prose", () => {
    expect(page.blocks.filter((b) => b.text.startsWith(PROSE)).length).toBe(10);
    expect(page.blocks.some((b) => b.text.includes("链接文字"))).toBe(true);
  });

  it("lets no markup, script URL or event handler through, in blocks or hints", () => {
    for (const text of everyText(page)) expect(text, text).not.toMatch(UNSAFE_RE);
    expect(page.hints.url).toBeUndefined();
  });

  it("drops script, template and comment content", () => {
    const all = page.blocks.map((b) => b.text).join("\n");
    for (const s of ["注入", "document.write", "模板", "数学", "x.swf", "<script>alert(1)"]) expect(all, s).not.toContain(s);
  });

  it.each(readdirSync(new URL("./html-fixtures/", import.meta.url)))("fixture %s yields only plain text", (file) => {
    const html = readFileSync(new URL(`./html-fixtures/${file}`, import.meta.url), "utf8");
    for (const text of everyText(readHtml(html, file))) expect(text).not.toMatch(UNSAFE_RE);
  });

  it("never throws and never emits markup for any mix of tags, entities and text", () => {
    const pieces = fc.constantFrom(
      "<p>", "</p>", "<div class=content>", "</div>", "<br>", "<script>", "</script>", "<style>", "<img src=x onerror=alert(1)>",
      "<a href='javascript:alert(1)'>", "</a>", "&lt;script&gt;", "&lt;/script&gt;", "<!--", "-->", "<h2>", "</h2>", "<td>",
      "<table>", "<form>", "<li>", "\u3000", "&nbsp;", "\n", "javascript:", "onload=", "<", ">", "<svg", "<![CDATA[", "]]>",
      "&lt;scr", "ipt&gt;", "&lt;", "&gt;", "java", "script:", "x", "on", "error=",
      PROSE, "来源：某某日报", "2021-03-15 14:28",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const page = readHtml(parts.join(""), "random.html");
        for (const text of everyText(page)) expect(text).not.toMatch(UNSAFE_RE);
        for (const b of page.blocks) expect(b.text).toBe(b.text.trim());
      }),
      { numRuns: 500, seed: 20211215 },
    );
  });
});
