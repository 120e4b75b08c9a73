// What the date filters accept: an ISO 8601 / Jekyll date string, a JS Date or a luxon DateTime.
// Invalid input throws with the value in the message (a template bug, not a data problem).
import { DateTime } from "luxon";
import { parseJekyllDate } from "../../article/dates.ts";

export type DateInput = string | Date | DateTime;

export function toDateTime(value: DateInput, zone: string): DateTime {
  const dt =
    value instanceof DateTime
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value)
        : DateTime.fromISO(String(value), { zone, setZone: true });
  const valid = dt.isValid ? dt : parseJekyllDate(value, zone);
  if (!valid) throw new Error(`zhuanzai date filter: not a date: ${JSON.stringify(String(value))}`);
  return valid.setZone(zone);
}
