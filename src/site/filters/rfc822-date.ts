// RSS 2.0 dates are RFC 822 (https://www.rssboard.org/rss-specification#ltpubdategt):
// `Wed, 15 Dec 2021 10:03:12 +0800`, written in the site's zone with its numeric offset.
// English day and month names whatever the machine's locale.
import { SITE_ZONE } from "../../article/dates.ts";
import type { DateTime } from "luxon";
import { toDateTime, type DateInput } from "./date-input.ts";
import { formatOffset, pad2, type WallTime } from "./wall-time.ts";

const RFC822_FORMAT = "ccc, dd LLL yyyy HH:mm:ss ZZZ";
/** en-US short names, as luxon writes `ccc` (from Sunday, as Date#getUTCDay counts) and `LLL`. */
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A DateTime already in the wanted zone → RFC 822. */
export function formatRfc822(date: DateTime): string {
  return date.setLocale("en-US").toFormat(RFC822_FORMAT);
}

/** The same text from wall-clock fields (the post model's path: no luxon formatter per post). */
export function formatRfc822Wall(w: WallTime): string {
  const time = `${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}`;
  return `${WEEKDAYS[w.weekday]}, ${pad2(w.day)} ${MONTHS[w.month - 1]} ${w.year} ${time} ${formatOffset(w.offset, "techie")}`;
}

export function rfc822Date(value: DateInput, zone: string = SITE_ZONE): string {
  return formatRfc822(toDateTime(value, zone));
}
