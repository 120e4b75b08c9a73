// toIso writes plain dates itself (luxon is slow) and leaves the rest to luxon: both give what
// luxon alone gave, on every day of the years it accepts and on impossible values.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/article/dates.ts";
import { toIso } from "../../src/ingest/metadata/date.ts";

/** toIso as written with luxon alone. */
function byLuxon(parts: (string | undefined)[], offset?: string): string | null {
  const [y, mo, d, h = "0", mi = "0", s = "0"] = parts;
  if (+y! < 1990 || +y! > 2100) return null;
  const zone = offset ? `UTC${offset.slice(0, 3)}:${offset.slice(-2)}` : "UTC+8";
  const dt = DateTime.fromObject({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s }, { zone });
  return dt.isValid ? isoDate(dt) : null;
}

/** The value, or the error's message (luxon throws on a missing part, and so must toIso). */
function outcome(f: () => string | null): string | null {
  try {
    return f();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

describe("toIso", () => {
  it("gives luxon's ISO for every day from 1990 to 2100", () => {
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t);
      const parts = [String(day.getUTCFullYear()), String(day.getUTCMonth() + 1), String(day.getUTCDate()).padStart(2, "0"), "9", "05"];
      expect(toIso(parts)).toBe(byLuxon(parts));
    }
  });

  it("gives luxon's answer for any digits, times and offsets", () => {
    const digits = (max: number) => fc.oneof(fc.integer({ min: 0, max }).map(String), fc.constant(undefined));
    const parts = fc.tuple(fc.integer({ min: 1985, max: 2105 }).map(String), digits(13), digits(32), digits(25), digits(61), digits(61));
    const offset = fc.oneof(fc.constant(undefined), fc.constantFrom("+08:00", "-0530", "+0000", "+14:00"));
    fc.assert(fc.property(parts, offset, (p, o) => outcome(() => toIso(p, o)) === outcome(() => byLuxon(p, o))), { numRuns: 5000 });
    expect(toIso(["2021", "12", "31", "24", "00"])).toBe(byLuxon(["2021", "12", "31", "24", "00"]));
  });
});
