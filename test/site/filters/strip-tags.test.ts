// stripTags scans a body once where it can; the five regex passes it was (copied below as the
// oracle, frozen) define its output. Random HTML-ish strings are built from the pieces where the
// passes interact: comments, raw-text elements, block ends with odd spacing and case, `<` inside
// tags, tags cut off at the end, entities split by tags.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripTags, stripTagsByPasses } from "../../../src/site/filters/strip-tags.ts";
import { countReadingChars, readingMinutes } from "../../../src/site/filters/reading-time.ts";

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

const PIECES = [
  "<", ">", "/", "<!", "<!--", "-->", "--", "<p>", "</p>", "<P>", "</P >", "</p\u3000>", "</div\n>", "</h3>", "</h7>", "</li>",
  "</blockquote>", "</pre>", "<p class=\"em_media\">", "<h2>", "</h2>", "<br/>", "<a href=\"x>y\">", "<script>", "</script>",
  "<SCRIPT type=x>", "</script >", "<style>", "</style>", "<template>", "</template>", "<scripts>", "<script-x>", "<templat",
  "script", "p", "a", "&", "&amp;", "&am", "p;", "&nbsp;", "&#39;", "&#x27;", "&lt;", "&gt;", "&quot;", "&", ";", "\"", "'", "=",
  " ", "\n", "\t", "\u3000", "中", "文", "。", "1", "x", "𠀀", "<1", "< p", "</ p>", "</", "<中", "<b", "</b", "<img src=a",
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

  it("gives the same reading time as before", () => {
    fc.assert(fc.property(fc.oneof(htmlish, bodyLike), (html) => {
      expect(readingMinutes(html)).toBe(Math.max(1, Math.ceil(countReadingChars(oldStripTags(html)) / 400)));
    }), { numRuns: 5_000 });
  });
});
