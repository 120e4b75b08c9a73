// An instant's wall-clock fields at a fixed offset, computed by arithmetic: what luxon's
// DateTime would show in a FixedOffsetZone, without its formatter (tokenizing the format string,
// locale objects, a DateTime per call). The post model writes all its dates from one of these
// (see ../post-model.ts); the date filters' `*Wall` formatters turn one into exactly the text
// their luxon formatters write. Only for values those formats write plainly: four-digit years,
// whole seconds, whole non-zero minutes of offset (luxon writes a zero fixed offset as `Z`).
// Anything else is null, and the caller goes through luxon as before.

import type { ClockFields } from "../../types.ts";

/** Milliseconds in a minute (offsets are in minutes). */
export const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;
/** Years luxon writes as four plain digits (no sign, no six-digit extended form). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** ClockFields of an instant at a fixed offset, with its weekday. */
export interface WallTime extends ClockFields {
  /** 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
  weekday: number;
  /** Offset from UTC in whole minutes, never 0. */
  offset: number;
}

/** The wall time of `ms` at `offset` minutes east of UTC, or null when luxon must write it. */
export function wallTimeAt(ms: number, offset: number): WallTime | null {
  if (!Number.isInteger(offset) || offset === 0 || ms % SECOND_MS !== 0) return null;
  // A Date read in UTC at the shifted instant gives the local fields (as luxon does internally).
  const local = new Date(ms + offset * MINUTE_MS);
  const year = local.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null; // also NaN (out of Date's range)
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offset,
  };
}

/** Two digits, zero-padded (every field but the year is below 100). */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `+08:00` (`short`: RFC 3339) or `+0800` (`techie`: RFC 822), as luxon's formatOffset writes them. */
export function formatOffset(offset: number, style: "short" | "techie"): string {
  const abs = Math.abs(offset);
  const sign = offset < 0 ? "-" : "+";
  const hours = pad2(Math.trunc(abs / 60));
  const minutes = pad2(abs % 60);
  return style === "short" ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
}

/** `2021-12-15` */
export function wallDate(w: WallTime, separator: string): string {
  return `${w.year}${separator}${pad2(w.month)}${separator}${pad2(w.day)}`;
}
