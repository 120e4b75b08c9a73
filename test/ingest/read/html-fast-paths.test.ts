// The HTML reader's one-pass figures say exactly what the functions they stand in for say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countChars, countCharsAndPunct, countPunct } from "../../../src/ingest/read/html-text.ts";

const RUNS = 3000;
/** Every mark of PUNCT_G_RE, every space countChars skips, their neighbours and some others. */
const UNITS = [..."，。；！？、：,;.!?:：｡､\u3000\u00a0\u200b\ufeff \t\n\r\f\v汉字ab1<>&"];
const text = fc.oneof(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 60 }), fc.string(), fc.string({ unit: "binary" }));

describe("html reader fast paths", () => {
  it("countCharsAndPunct is countChars and countPunct", () => {
    fc.assert(
      fc.property(text, (t) => {
        const both = countCharsAndPunct(t);
        return both.chars === countChars(t) && both.punct === countPunct(t);
      }),
      { numRuns: RUNS },
    );
  });

  it("agrees on every BMP code unit alone", () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = String.fromCharCode(c);
      expect(countCharsAndPunct(t)).toEqual({ chars: countChars(t), punct: countPunct(t) });
    }
  });
});
