// The ingest engine's fast paths say exactly what the regexes they stand in for say: a cheap
// test or a scan from the end in place of a regex tried at every position of a line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoize } from "../../src/article/memo.ts";
import { decode, normalizeText } from "../../src/ingest/decode.ts";
import { IngestError } from "../../src/ingest/ingest-error.ts";
import { escapeHtml } from "../../src/article/render.ts";
import { LABEL_RUN_RE, SENTENCE_END_RE, SENTENCE_MARK_RE } from "../../src/ingest/patterns.ts";
import { trimLine } from "../../src/ingest/read/text.ts";
import { restorePlus } from "../../src/ingest/rules/restore-lost-plus.ts";
import { LONG_LINE_CHARS, MIN_PROSE_CHARS } from "../../src/ingest/thresholds.ts";
import { comparable, endsSentence, isProse } from "../../src/ingest/zones.ts";

const RUNS = 2000;
/** Characters the fast paths look at, and some they do not. */
const UNITS = [..."。！？!?…”’\"』」）)：:，, \u3000\u00a0\u200b\ufeff\t\n汉字来源记者ab1&<>"];
const line = (maxLength: number) => fc.string({ unit: fc.constantFrom(...UNITS), maxLength });
/** Long enough to take isProse's long-line path now and then. */
const anyLine = fc.oneof(line(12), line(LONG_LINE_CHARS + 20), fc.string());

/** isProse as written with the regexes alone. */
function isProseByRegex(text: string): boolean {
  if (text.length >= LONG_LINE_CHARS) {
    if (text.includes("。") || !(text.includes("：") || text.includes(":"))) return true;
    return SENTENCE_MARK_RE.test(text) || !LABEL_RUN_RE.test(text);
  }
  return text.length >= MIN_PROSE_CHARS && SENTENCE_END_RE.test(text);
}

describe("fast paths", () => {
  it("endsSentence is SENTENCE_END_RE", () => {
    fc.assert(fc.property(anyLine, (t) => endsSentence(t) === SENTENCE_END_RE.test(t)), { numRuns: RUNS });
  });

  it("LABEL_RUN_RE finds the lines that the regex with 1–8-letter labels found", () => {
    const eightLetterLabels = /[\p{Script=Han}A-Za-z]{1,8}\s*[：:]\s*\S+[\s\u3000]+\S*?[\p{Script=Han}A-Za-z]{1,8}\s*[：:]/u;
    const labelish = fc.string({ unit: fc.constantFrom(..."：: \u3000\t来源记者ab1，。-"), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(labelish, anyLine), (t) => LABEL_RUN_RE.test(t) === eightLetterLabels.test(t)), { numRuns: RUNS * 5 });
  });

  it("isProse is its regexes", () => {
    fc.assert(fc.property(anyLine, (t) => isProse(t) === isProseByRegex(t)), { numRuns: RUNS });
    const labels = "清江新闻网 微信：qjxw 邮箱：qj@example.com 投稿热线：0718-1234567 地址：清江路1号 值班：张三";
    expect(isProse(labels)).toBe(isProseByRegex(labels));
  });

  it("trimLine takes the same edges as its regex", () => {
    const edges = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g;
    fc.assert(fc.property(anyLine, (t) => trimLine(t) === t.replace(edges, "")), { numRuns: RUNS });
  });

  it("escapeHtml escapes as before", () => {
    const byReplace = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    fc.assert(fc.property(anyLine, (t) => escapeHtml(t) === byReplace(t)), { numRuns: RUNS });
  });

  it("restorePlus's cheap tests skip only lines its patterns cannot change", () => {
    const byRegex = (t: string) =>
      t
        .replace(/(?<=^|[\p{Script=Han}“”"「」（(])(\d{1,2}) (\d{1,2})(?=[\p{Script=Han}“”"「」）)]|$)/gu, "$1+$2")
        .replace(/(“[\p{Script=Han}A-Za-z0-9]{1,10}) ”/gu, "$1+”")
        .replace(/“[\p{Script=Han}A-Za-z0-9]{1,6}(?: [\p{Script=Han}A-Za-z0-9]{1,6})+”/gu, (q) => q.replaceAll(" ", "+"));
    const plusish = fc.string({ unit: fc.constantFrom(..."12 “”\"「」（）()党建a。"), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(plusish, anyLine), (t) => restorePlus(t) === byRegex(t)), { numRuns: RUNS * 5 });
  });

  it("UTF-8 decodes to the text Buffer's decoder gives", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), anyLine);
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(`标题 ${t}`);
        let decoded: string;
        try {
          decoded = decode("x.txt", bytes).text;
        } catch (error) {
          if (error instanceof IngestError) return; // binary-looking: refused before decoding
          throw error;
        }
        expect(decoded).toBe(normalizeText(bytes.toString("utf8")));
      }),
      { numRuns: RUNS },
    );
  });

  it("a memo gives the function's values and starts over when full", () => {
    let calls = 0;
    const length = memoize((s: string) => (calls++, s.length), 2);
    expect([length("ab"), length("ab"), length("abc"), length("abcd"), length("ab")]).toEqual([2, 2, 3, 4, 2]);
    expect(calls).toBe(4);
    const long = "长".repeat(1000);
    expect([length(long), length(long)]).toEqual([1000, 1000]);
    expect(calls).toBe(6); // long strings are not kept
  });

  it("comparable is NFKC without whitespace", () => {
    const byIcu = (t: string) => t.normalize("NFKC").replace(/[\s\u3000]+/g, "");
    // Inert, full-width, space and combining characters next to each other, and anything at all.
    const units = [..."汉字丁龥、。〈〉《》「」『』【】‘’“”—·aZ09!~，：（）Ａｚ！～｟ｰ\u3000\u00a0\u2000\u200a\u200b\u2028\u202f\u205f\ufeff\u1680 \t\n\v…¨ﬁ①㈠豈\u0301\u3099か\u302a"];
    const mixed = fc.string({ unit: fc.constantFrom(...units), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(mixed, anyLine, fc.string({ unit: "binary" })), (t) => comparable(t) === byIcu(t)), { numRuns: RUNS * 5 });
    for (let c = 0; c < 0x10000; c++) {
      const t = String.fromCharCode(c);
      for (const s of [t, `a${t}`, `${t}\u0301`, `汉${t}，`]) if (comparable(s) !== byIcu(s)) expect(comparable(s)).toBe(byIcu(s));
    }
  });
});
