// Atom, sitemaps and `<time datetime>` use RFC 3339 (https://www.rfc-editor.org/rfc/rfc3339):
// `2021-12-15T10:03:12+08:00`, in the site's zone, no milliseconds.
import { SITE_ZONE } from "../../article/dates.ts";
import type { DateTime } from "luxon";
import { toDateTime, type DateInput } from "./date-input.ts";
import { formatOffset, pad2, wallDate, type WallTime } from "./wall-time.ts";

/** A DateTime already in the wanted zone → RFC 3339. */
export function formatRfc3339(date: DateTime): string {
  return date.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** The same text from wall-clock fields (the post model's path: no luxon formatter per post). */
export function formatRfc3339Wall(w: WallTime): string {
  return `${wallDate(w, "-")}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${formatOffset(w.offset, "short")}`;
}

export function rfc3339Date(value: DateInput, zone: string = SITE_ZONE): string {
  return formatRfc3339(toDateTime(value, zone));
}
