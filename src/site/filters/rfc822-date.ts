// RSS 2.0 dates are RFC 822 (https://www.rssboard.org/rss-specification#ltpubdategt):
// `Wed, 15 Dec 2021 10:03:12 +0800`, written in the site's zone with its numeric offset.
// English day and month names whatever the machine's locale.
import { SITE_ZONE } from "../../article/dates.ts";
import type { DateTime } from "luxon";
import { toDateTime, type DateInput } from "./date-input.ts";

const RFC822_FORMAT = "ccc, dd LLL yyyy HH:mm:ss ZZZ";

/** A DateTime already in the wanted zone → RFC 822. */
export function formatRfc822(date: DateTime): string {
  return date.setLocale("en-US").toFormat(RFC822_FORMAT);
}

export function rfc822Date(value: DateInput, zone: string = SITE_ZONE): string {
  return formatRfc822(toDateTime(value, zone));
}
