// `2021年12月15日 10:03` — how a Chinese news site writes a publication time, in the site's zone
// (Asia/Shanghai), whatever the machine's TZ.
import { SITE_ZONE } from "../../article/dates.ts";
import type { DateTime } from "luxon";
import { toDateTime, type DateInput } from "./date-input.ts";

/** Luxon format of the Chinese date: `2021年12月15日 10:03`. */
const CHINESE_DATE_FORMAT = "yyyy年MM月dd日 HH:mm";

/** A DateTime already in the wanted zone → `2021年12月15日 10:03`. */
export function formatChineseDate(date: DateTime): string {
  return date.toFormat(CHINESE_DATE_FORMAT);
}

export function chineseDate(value: DateInput, zone: string = SITE_ZONE): string {
  return formatChineseDate(toDateTime(value, zone));
}
