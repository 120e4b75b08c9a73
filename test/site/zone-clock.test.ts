// ZoneClock (few zone look-ups per build) must give exactly what the filters give with the IANA
// zone, including DST switches, half-hour zones, zero offsets and dates before standard time.
import fc from "fast-check";
import { DateTime, Info } from "luxon";
import { describe, expect, it } from "vitest";
import { ZoneClock } from "../../src/site/zone-clock.ts";
import { chineseDate, rfc3339Date, rfc822Date } from "../../src/site/filters/index.ts";
import { formatChineseDate } from "../../src/site/filters/chinese-date.ts";
import { formatRfc3339 } from "../../src/site/filters/rfc3339-date.ts";
import { formatRfc822 } from "../../src/site/filters/rfc822-date.ts";

const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London", "UTC", "Australia/Lord_Howe", "Asia/Kathmandu"];
const HOUR_MS = 3_600_000;

/** Instants every ~211 hours from 1890 to 2040 (hits every hour of the day and DST switch days), plus switch hours. */
function instants(): number[] {
  const out: number[] = [];
  for (let ms = Date.UTC(1890, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 211 * HOUR_MS + 1234) out.push(ms);
  for (const day of [Date.UTC(1988, 3, 10), Date.UTC(2021, 2, 14), Date.UTC(2021, 10, 7), Date.UTC(2021, 2, 28)]) {
    for (let h = -24; h < 48; h++) out.push(day + h * HOUR_MS + 15 * 60_000);
  }
  return out;
}

describe("ZoneClock", () => {
  it.each(ZONES)("formats like the filters in %s", (zone) => {
    const clock = new ZoneClock(zone);
    const wrong: string[] = [];
    for (const ms of instants()) {
      const input = DateTime.fromMillis(ms, { zone: "UTC" });
      const local = clock.local(input);
      const got = [formatRfc3339(local), formatChineseDate(local), formatRfc822(local), local.toFormat("yyyy/MM/dd")];
      const want = [rfc3339Date(input, zone), chineseDate(input, zone), rfc822Date(input, zone), input.setZone(zone).toFormat("yyyy/MM/dd")];
      if (got.join("|") !== want.join("|")) wrong.push(`${new Date(ms).toISOString()}: ${got.join("|")} ≠ ${want.join("|")}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("ZoneClock.offset", () => {
  // Read from Intl's offset name instead of luxon's field arithmetic: the same number, to the bit
  // (LMT offsets are fractional minutes), from 500 BC to AD 10500, on DST days and off them.
  const OFFSET_ZONES = [...ZONES, "America/St_Johns", "Africa/Monrovia", "Pacific/Apia", "Europe/Dublin", "Etc/GMT+5", "UTC+8"];
  const instant = fc.oneof(
    fc.integer({ min: Date.UTC(-500, 0, 1), max: Date.UTC(10500, 0, 1) }),
    fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2040, 0, 1) }),
  );
  it.each(OFFSET_ZONES)("is luxon's zone offset in %s", (zone) => {
    const clock = new ZoneClock(zone);
    const luxonZone = Info.normalizeZone(zone);
    fc.assert(fc.property(instant, (ms) => {
      expect(Object.is(clock.offset(ms), luxonZone.offset(ms)), `${new Date(ms).toISOString()}: ${clock.offset(ms)} vs ${luxonZone.offset(ms)}`).toBe(true);
    }), { numRuns: 5_000 });
  });
});
