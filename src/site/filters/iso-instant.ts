// `2021-12-15T10:03:12+08:00` → epoch ms without luxon: the ingest engine writes every date it
// finds in this one shape, and a DateTime.fromISO per post cost more than the rest of its date.
// Any other shape, or a field out of its ordinary range, is null: the caller asks luxon then.
// Where this gives a number, `DateTime.fromISO(iso, { setZone: true })` is valid at that instant.

import { MINUTE_MS } from "./wall-time.ts";

const ENGINE_ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
/** Plain four-digit years only (Date.UTC reads years 0–99 as 19xx). */
const MIN_YEAR = 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoInstant(iso: string): number | null {
  const m = ENGINE_ISO_RE.exec(iso);
  if (!m) return null;
  const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = +m[6];
  const offHour = +m[8], offMinute = +m[9];
  const ordinary = year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    && hour <= 23 && minute <= 59 && second <= 59 && offHour <= 23 && offMinute <= 59;
  if (!ordinary) return null;
  const offset = (m[7] === "-" ? -1 : 1) * (offHour * 60 + offMinute);
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset * MINUTE_MS;
}
