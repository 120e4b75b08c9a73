import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { chineseDate } from "../../../src/site/filters/chinese-date.ts";
import { rfc822Date } from "../../../src/site/filters/rfc822-date.ts";
import { rfc3339Date } from "../../../src/site/filters/rfc3339-date.ts";

// 07:00 +0800 is the previous day in UTC: the classic wrong-day bug of UTC build machines.
const EARLY = "2021-12-15T07:00:05+08:00";

describe("chineseDate", () => {
  it.each([
    ["2021-12-15T10:03:12+08:00", "2021年12月15日 10:03"],
    ["2021-12-15 10:03:12 +0800", "2021年12月15日 10:03"],
    ["2021-12-14T23:00:00Z", "2021年12月15日 07:00"],
    [EARLY, "2021年12月15日 07:00"],
    ["2021-03-05 09:08", "2021年03月05日 09:08"],
  ])("%s → %s", (input, expected) => expect(chineseDate(input)).toBe(expected));

  it("accepts Date and luxon DateTime", () => {
    expect(chineseDate(new Date(Date.UTC(2021, 11, 15, 2, 3, 12)))).toBe("2021年12月15日 10:03");
    expect(chineseDate(DateTime.fromISO("2021-12-15T02:03:12Z"))).toBe("2021年12月15日 10:03");
  });

  it("throws on a value that is not a date, naming it", () => {
    expect(() => chineseDate("yesterday")).toThrow(/"yesterday"/);
  });
});

describe("rfc822Date", () => {
  it.each([
    ["2021-12-15T10:03:12+08:00", "Wed, 15 Dec 2021 10:03:12 +0800"],
    ["2021-12-15 10:03:12 +0800", "Wed, 15 Dec 2021 10:03:12 +0800"],
    [EARLY, "Wed, 15 Dec 2021 07:00:05 +0800"],
    ["2022-02-13T08:09:00Z", "Sun, 13 Feb 2022 16:09:00 +0800"],
  ])("%s → %s", (input, expected) => expect(rfc822Date(input)).toBe(expected));
});

describe("rfc3339Date", () => {
  it.each([
    ["2021-12-15 10:03:12 +0800", "2021-12-15T10:03:12+08:00"],
    ["2021-12-15T02:03:12.000Z", "2021-12-15T10:03:12+08:00"],
    ["2021-12-15", "2021-12-15T00:00:00+08:00"],
  ])("%s → %s", (input, expected) => expect(rfc3339Date(input)).toBe(expected));
});
