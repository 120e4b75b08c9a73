import { describe, expect, it } from "vitest";
import { isSafeUrl, sanitizeHtml } from "../../src/site/sanitize-html.ts";

describe("sanitizeHtml", () => {
  it.each([
    ["<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"],
    ['<p onclick="x()">A & B < C</p>', "<p>A &amp; B &lt; C</p>"],
    ["<img src=x.jpg onerror=alert(1)>", '<img src="x.jpg" alt="">'],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="jav&#x61;script:alert(1)">x</a>', "<a>x</a>"],
    ['<a href=" java\tscript:alert(1)">x</a>', "<a>x</a>"],
    ['<img src="data:image/png;base64,AAAA" alt="a">', '<img alt="a">'],
    ["<iframe src=x>inside</iframe><style>p{}</style>ok", "ok"],
    ["<p>unclosed <b>bold<p>next", "<p>unclosed <b>bold</b></p><p>next</p>"],
    ["<h1>T</h1>", "<h2>T</h2>"],
    ['<p class="em_media">（文章来源：恩施日报）</p>', '<p class="em_media">（文章来源：恩施日报）</p>'],
    ["<!-- c --><p>{{ x }} {% y %}</p>", "<p>{{ x }} {% y %}</p>"],
    ["<p>x</p></div></p>", "<p>x</p>"],
    ['<a href="https://a.com/?q=1&amp;r=2">x</a>', '<a href="https://a.com/?q=1&amp;r=2">x</a>'],
  ])("%s → %s", (input, expected) => expect(sanitizeHtml(input)).toBe(expected));

  it("hands every kept URL to rewriteUrl", () => {
    const out = sanitizeHtml('<a href="/c.html">c</a><img src="/i.png" alt="i">', { rewriteUrl: (u) => `/blog${u}` });
    expect(out).toBe('<a href="/blog/c.html">c</a><img src="/blog/i.png" alt="i">');
  });

  it("leaves no event handler or script in hostile markup", () => {
    const hostile = '<svg onload=alert(1)><p>t</p></svg><p><a href="vbscript:x" onmouseover="y">z</a><object data="x"></object></p>';
    const out = sanitizeHtml(hostile);
    expect(out).not.toMatch(/on\w+=|script|<svg|<object/i);
    expect(out).toContain("z");
  });
});

describe("isSafeUrl", () => {
  it.each([
    ["https://a.com", true], ["/x", true], ["x.html", true], ["#top", true], ["mailto:a@b.c", true],
    ["javascript:x", false], ["JAVASCRIPT:x", false], ["data:text/html,x", false], ["vbscript:x", false],
  ])("%s → %s", (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});
