// sanitizeHtml returns a body unchanged, without tokenizing it, when isKeptAsIs says the full
// sanitizer would write it back as it is. That must never differ from the full sanitizer: random
// bodies of allowed and other tags (well and badly nested, with classes clean and not), text with
// `&`, `<` and `>`, and the hostile cases below all give exactly what sanitizeFully gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKeptAsIs, sanitizeFully, sanitizeHtml } from "../../src/site/sanitize-html.ts";

const TAG_NAMES = ["p", "h2", "h1", "div", "b", "span", "br", "hr", "img", "a", "li", "ul", "script", "style", "svg", "constructor", "P", "p-x", "td", "figure", "pre"];
const CLASSES = ["em_media", "", " x", "x ", "a b", "a\tb", "a&b", "x\"", "中", "a-b_c", "-", "_"];

const tag = fc.tuple(fc.constantFrom(...TAG_NAMES), fc.constantFrom("", "/"), fc.option(fc.constantFrom(...CLASSES), { nil: undefined }), fc.constantFrom("", "", "", " ", "/", " id=\"x\"", " onclick=\"y\"", " href=\"/a\""))
  .map(([name, slash, cls, extra]) => `<${slash}${name}${cls === undefined ? "" : ` class="${cls}"`}${extra}>`);
const text = fc.constantFrom("文字", "a", " ", "\n ", "&", "&amp;", "&lt;", "<", ">", "< p>", "<!-- c -->", "<!x>", "<?x?>", "\"", "'", "（文章来源：恩施日报）");
const htmlish = fc.array(fc.oneof(tag, text), { maxLength: 30 }).map((parts) => parts.join(""));
/** Bodies as scraped: paragraphs, headings and the source line, sometimes left open or crossed. */
const bodyLike = fc.array(
  fc.tuple(fc.constantFrom("<p>", "<h2>", "<p class=\"em_media\">", "<div>", "<b>"), fc.constantFrom("文字。", "a b", "", "x&y", "1 > 0"), fc.constantFrom("</p>", "</h2>", "</div>", "</b>", "")),
  { maxLength: 10 },
).map((blocks) => blocks.map(([open, body, close]) => open + body + close).join("\n "));

const HOSTILE = [
  "<p>a<script>alert(1)</script>b</p>", '<p onclick="x()">A & B < C</p>', "<img src=x.jpg onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>', '<a href="jav&#x61;script:alert(1)">x</a>', '<a href=" java\tscript:alert(1)">x</a>',
  '<img src="data:image/png;base64,AAAA" alt="a">', "<iframe src=x>inside</iframe><style>p{}</style>ok",
  "<p>unclosed <b>bold<p>next", "<h1>T</h1>", '<p class="em_media">（文章来源：恩施日报）</p>', "<!-- c --><p>{{ x }} {% y %}</p>",
  "<p>x</p></div></p>", '<a href="https://a.com/?q=1&amp;r=2">x</a>',
  '<svg onload=alert(1)><p>t</p></svg><p><a href="vbscript:x" onmouseover="y">z</a><object data="x"></object></p>',
  "<p>a</p><p", "<p>a</p>>", "<p>x<div>y</div></p>", "<p><hr></p>", "<br><br/>", "</br>", "<p class=\"a\"></p class=\"a\">", "<P>x</P>",
  "<script>", "<p>a", "</p>", "<p class=\"x\" class=\"y\">z</p>", "<p class='x'>z</p>", "<p class=x>z</p>", "<p  class=\"x\">z</p>",
];

describe("sanitizeHtml's unchanged-body check", () => {
  it("gives what the full sanitizer gives, on random bodies", () => {
    let keptAsIs = 0;
    fc.assert(fc.property(fc.oneof(htmlish, bodyLike), (html) => {
      if (isKeptAsIs(html)) keptAsIs++;
      expect(sanitizeHtml(html)).toBe(sanitizeFully(html));
      const rewriteUrl = (u: string) => `/blog${u}`;
      expect(sanitizeHtml(html, { rewriteUrl })).toBe(sanitizeFully(html, { rewriteUrl }));
    }), { numRuns: 20_000 });
    expect(keptAsIs).toBeGreaterThan(1_000); // the check is really exercised
  });

  it.each(HOSTILE)("gives what the full sanitizer gives: %s", (html) => {
    expect(sanitizeHtml(html)).toBe(sanitizeFully(html));
  });

  it("takes scraped bodies as they are", () => {
    const body = "<p>依托党员群众服务中心。</p>\n <h2>突出方向引领</h2>\n <p class=\"em_media\">（文章来源：恩施日报）</p>";
    expect(isKeptAsIs(body)).toBe(true);
    expect(sanitizeHtml(body)).toBe(body);
    for (const changed of ["<p>a & b</p>", "<p>a</p>>", "<p>a", "<h1>a</h1>", "<p class=\" x\">a</p>", "<img>"]) {
      expect(isKeptAsIs(changed), changed).toBe(false);
    }
  });
});
