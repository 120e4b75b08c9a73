// stripTags scans a body once where it can; the five regex passes it was (copied below as the
// oracle, frozen) define its output, and that of cjkExcerpt and readingMinutes built on it. Random HTML-ish strings are built from the pieces where the
// passes interact: comments, raw-text elements, block ends with odd spacing and case, `<` inside
// tags, tags cut off at the end, entities split by tags.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripTags, stripTagsByPasses } from "../../../src/site/filters/strip-tags.ts";
import { countReadingChars, readingMinutes } from "../../../src/site/filters/reading-time.ts";
import { cjkExcerpt } from "../../../src/site/filters/cjk-excerpt.ts";

/** stripTags before the one-scan version (the oracle). */
function oldStripTags(html: string): string {
  const ENTITIES: Record<string, string> = {
    "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " ",
  };
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, "")
    .replace(/<\/(?:p|h[1-6]|li|div|blockquote)\s*>/gi, " ")
    .replace(/<\/?[A-Za-z][^>]*(?:>|$)/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e]);
}

/** countReadingChars before it counted ranges of a body (the oracle). */
function oldCountReadingChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (word && !inWord) count++;
    else if (code >= 0x2e80) count++;
    inWord = word;
  }
  return count;
}

const PIECES = [
  "<", ">", "/", "<!", "<!--", "-->", "--", "<p>", "</p>", "<P>", "</P >", "</p\u3000>", "</div\n>", "</h3>", "</h7>", "</li>",
  "</blockquote>", "</pre>", "<p class=\"em_media\">", "<h2>", "</h2>", "<br/>", "<a href=\"x>y\">", "<script>", "</script>",
  "<SCRIPT type=x>", "</script >", "<style>", "</style>", "<template>", "</template>", "<scripts>", "<script-x>", "<templat",
  "script", "p", "a", "&", "&amp;", "&am", "p;", "&nbsp;", "&#39;", "&#x27;", "&lt;", "&gt;", "&quot;", "&", ";", "\"", "'", "=",
  " ", "\n", "\t", "\u3000", "中", "文", "。", "1", "x", "𠀀", "<1", "< p", "</ p>", "ab", "9", "\udc00", "\ud840", "</", "<中", "<b", "</b", "<img src=a",
];
const htmlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
/** Bodies as the site has them: paragraphs and headings of text, sometimes with an entity. */
const bodyLike = fc.array(
  fc.tuple(fc.constantFrom("<p>", "<h2>", "<p class=\"em_media\">"), fc.string({ maxLength: 30 }), fc.constantFrom("</p>", "</h2>", "", "</p>\n ")),
  { maxLength: 12 },
).map((blocks) => blocks.map(([open, text, close]) => open + text + close).join(""));

describe("stripTags", () => {
  it("equals the five passes on random HTML-ish strings", () => {
    fc.assert(fc.property(fc.oneof(htmlish, bodyLike, fc.string()), (html) => {
      expect(stripTags(html)).toBe(oldStripTags(html));
      expect(stripTagsByPasses(html)).toBe(oldStripTags(html));
    }), { numRuns: 20_000 });
  });

  it("equals the passes where they interact", () => {
    for (const html of [
      "<a title=\"</p>\">x", "<<b>p>", "&am<b>p;", "<p>a</p\u3000>b", "<scr<!-- -->ipt>x</script>y", "<script>a<!--b</script>c-->d",
      "<p>cut off <a href=\"", "</p", "<<script>x</script>b>", "a</P>b</DIV >c", "&amp;lt;", "<!doctype html><p>x</p>",
    ]) expect(stripTags(html), html).toBe(oldStripTags(html));
  });

  it("gives the same reading time as before (counted exactly: one character a minute)", () => {
    fc.assert(fc.property(fc.oneof(htmlish, bodyLike, fc.string({ unit: "grapheme" })), (html) => {
      expect(readingMinutes(html, 1)).toBe(Math.max(1, oldCountReadingChars(oldStripTags(html))));
      expect(countReadingChars(html)).toBe(oldCountReadingChars(html));
      expect(readingMinutes(html)).toBe(Math.max(1, Math.ceil(oldCountReadingChars(oldStripTags(html)) / 400)));
    }), { numRuns: 20_000 });
  });
});

/** cjkExcerpt before it read only the start of a body (the oracle; with the old stripTags). */
function oldCjkExcerpt(html: string, maxChars: number): string {
  const chars: string[] = [];
  for (const ch of oldStripTags(html).replace(/\s+/gu, " ").trim()) {
    if (chars.length === maxChars + 1) break;
    chars.push(ch);
  }
  if (chars.length <= maxChars) return chars.join("");
  let cut = -1;
  for (let i = maxChars - 1; i >= 0; i--) {
    if (/[。！？!?]/u.test(chars[i])) {
      cut = i + 1;
      break;
    }
  }
  if (cut >= maxChars * 0.4) return chars.slice(0, cut).join("");
  return chars.slice(0, maxChars).join("").trimEnd() + "……";
}

describe("cjkExcerpt from the start of a body", () => {
  // Short limits, long inputs: the start read first (4 units per code point wanted) is cut
  // through entities, tags, comments, scripts and space runs at every possible place.
  const longHtmlish = fc.array(fc.constantFrom(...PIECES, "。", "！", "文字文字", "  \n "), { minLength: 20, maxLength: 120 }).map((p) => p.join(""));
  it("gives the excerpt the whole body gives", () => {
    fc.assert(fc.property(fc.oneof(longHtmlish, bodyLike, htmlish), fc.integer({ min: 1, max: 12 }), (html, max) => {
      expect(cjkExcerpt(html, max)).toBe(oldCjkExcerpt(html, max));
    }), { numRuns: 30_000 });
  });
  it("gives the excerpt the whole body gives, at the default limit", () => {
    const body = fc.array(fc.tuple(fc.constantFrom("<p>", "<h2>", "<p class=\"em_media\">"), fc.string({ unit: "grapheme", maxLength: 80 }), fc.constantFrom("</p>", "</h2>", "</p>\n ")), { maxLength: 20 })
      .map((blocks) => blocks.map(([o, t, c]) => o + t + c).join(""));
    fc.assert(fc.property(body, (html) => {
      expect(cjkExcerpt(html)).toBe(oldCjkExcerpt(html, 120));
    }), { numRuns: 5_000 });
  });
});
