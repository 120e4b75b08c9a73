// The post model writes its dates by arithmetic (filters/wall-time.ts, filters/iso-instant.ts)
// where it can. Its output must be exactly what the luxon path gave before: the oracle below is
// the old code (DateTime.fromISO, ZoneClock.local, luxon's formatters), run on random instants and
// date strings in zones with DST (Asia/Shanghai's 1940s–1991 summers, New York), LMT offsets of
// odd seconds (years before 1901), half-hour and 45-minute zones, and universal zones.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ZoneClock } from "../../src/site/zone-clock.ts";
import { dateTimeDates, isoDates, type PostDates } from "../../src/site/post-model.ts";
import { formatChineseDate } from "../../src/site/filters/chinese-date.ts";
import { formatRfc3339 } from "../../src/site/filters/rfc3339-date.ts";
import { formatRfc822 } from "../../src/site/filters/rfc822-date.ts";
import { isoInstant } from "../../src/site/filters/iso-instant.ts";

const ZONES = [
  "Asia/Shanghai", "UTC", "America/New_York", "Europe/London", "Asia/Kathmandu", "Australia/Lord_Howe",
  "Asia/Kolkata", "Etc/GMT+5", "UTC+8", "America/St_Johns",
];
const RUNS = 3_000;
const HOUR_MS = 3_600_000;

/** What toSitePost wrote before: the found DateTime in the site's zone, through luxon. */
function oracle(found: DateTime, clock: ZoneClock): PostDates {
  const date = clock.local(found);
  return { rfc3339: formatRfc3339(date), chinese: formatChineseDate(date), rfc822: formatRfc822(date), path: date.toFormat("yyyy/MM/dd") };
}

function oracleIso(iso: string, clock: ZoneClock): PostDates | null {
  const found = DateTime.fromISO(iso, { setZone: true });
  return found.isValid ? oracle(found, clock) : null;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

/** Instants anywhere in 0800–10200, and many more where zones are odd (LMT, Shanghai's DST, 1883). */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(800, 0, 1), max: Date.UTC(10200, 0, 1) }),
  fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(1995, 0, 1) }),
  fc.integer({ min: Date.UTC(1935, 0, 1), max: Date.UTC(1950, 0, 1) }),
  fc.integer({ min: Date.UTC(1986, 0, 1), max: Date.UTC(1992, 0, 1) }),
  // Whole hours near a year's spring and autumn switches.
  fc.tuple(fc.integer({ min: 1880, max: 2040 }), fc.integer({ min: 0, max: 2 * 24 * 240 })).map(([y, h]) => Date.UTC(y, 2, 1) + h * HOUR_MS),
).chain((ms) => fc.oneof(fc.constant(ms - (ms % 1000)), fc.constant(ms))); // whole seconds, mostly

/** Offsets an ISO string may carry, in minutes (zero, negative, half hours, far ones). */
const offset = fc.oneof(fc.constantFrom(480, 0, -300, 330, 345, -210, 840, -720, 60), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }));

/** The engine's shape: `2021-12-15T10:03:12+08:00`, the wall time of `ms` at `off`. */
function engineIso(ms: number, off: number): string {
  const d = new Date(ms + off * 60_000);
  const sign = off < 0 ? "-" : "+";
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  return `${date}T${time}${sign}${pad(Math.trunc(Math.abs(off) / 60), 2)}:${pad(Math.abs(off) % 60, 2)}`;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));
/** The engine's shape with any digits at all: day 31 of April, hour 24, minute 60, offset +08:75… */
const anyDigits = fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), fc.constantFrom("+", "-"), digits(2), digits(2))
  .map(([y, mo, d, h, mi, s, sign, oh, om]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${sign}${oh}:${om}`);
/** Other ISO shapes luxon reads (or not): milliseconds, Z, no seconds, a space, no offset. */
const otherShape = fc.tuple(instant, offset, fc.constantFrom(".123", "Z", "-noseconds", " ", "-nooffset", "+0800", ".000")).map(([ms, off, kind]) => {
  const iso = engineIso(ms, off);
  if (kind === "Z") return iso.slice(0, 19) + "Z";
  if (kind === "-noseconds") return iso.slice(0, 16) + iso.slice(19);
  if (kind === " ") return iso.replace("T", " ");
  if (kind === "-nooffset") return iso.slice(0, 19);
  if (kind === "+0800") return iso.slice(0, 19) + iso.slice(19).replace(":", "");
  return iso.slice(0, 19) + kind + iso.slice(19);
});

const isoString = fc.oneof(fc.tuple(instant, offset).map(([ms, off]) => engineIso(ms, off)), anyDigits, otherShape);

describe("post dates by arithmetic", () => {
  it.each(ZONES)("equal luxon's on random ISO strings in %s", (zone) => {
    const clock = new ZoneClock(zone);
    fc.assert(fc.property(isoString, (iso) => {
      expect(isoDates(iso, clock)).toEqual(oracleIso(iso, clock));
    }), { numRuns: RUNS });
  });

  it.each(ZONES)("equal luxon's on random DateTimes (front matter dates) in %s", (zone) => {
    const clock = new ZoneClock(zone);
    const dateTime = fc.tuple(instant, fc.constantFrom("Asia/Shanghai", "UTC", "UTC-3", "America/New_York")).map(([ms, z]) => DateTime.fromMillis(ms, { zone: z }));
    fc.assert(fc.property(dateTime, (dt) => {
      expect(dateTimeDates(dt, clock)).toEqual(oracle(dt, clock));
    }), { numRuns: RUNS });
  });

  it("takes the engine's usual dates without luxon, and leaves odd ones to it", () => {
    expect(isoInstant("2021-12-15T10:03:12+08:00")).toBe(Date.UTC(2021, 11, 15, 2, 3, 12));
    expect(isoInstant("2021-12-15T10:03:12-00:30")).toBe(Date.UTC(2021, 11, 15, 10, 33, 12));
    for (const odd of ["2021-02-29T10:03:12+08:00", "2021-12-15T24:00:00+08:00", "0999-12-15T10:03:12+08:00", "2021-12-15T10:03:12.5+08:00", "2021-12-15T10:03:12Z"]) {
      expect(isoInstant(odd)).toBeNull();
    }
  });

  it("writes a Shanghai summer date of 1988 and an LMT date as luxon does", () => {
    const clock = new ZoneClock("Asia/Shanghai");
    expect(isoDates("1988-07-01T12:00:00+08:00", clock)).toEqual({
      rfc3339: "1988-07-01T13:00:00+09:00", chinese: "1988年07月01日 13:00", rfc822: "Fri, 01 Jul 1988 13:00:00 +0900", path: "1988/07/01",
    });
    expect(isoDates("1890-07-01T12:00:00+08:00", clock)).toEqual(oracleIso("1890-07-01T12:00:00+08:00", clock));
  });
});
