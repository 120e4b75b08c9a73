// `2021年12月15日 10:03` — how a Chinese news site writes a publication time, in the site's zone
// (Asia/Shanghai), whatever the machine's TZ.
import { SITE_ZONE } from "../../article/dates.ts";
import type { DateTime } from "luxon";
import { toDateTime, type DateInput } from "./date-input.ts";
import { pad2, type WallTime } from "./wall-time.ts";

/** Luxon format of the Chinese date: `2021年12月15日 10:03`. */
const CHINESE_DATE_FORMAT = "yyyy年MM月dd日 HH:mm";

/** A DateTime already in the wanted zone → `2021年12月15日 10:03`. */
export function formatChineseDate(date: DateTime): string {
  return date.toFormat(CHINESE_DATE_FORMAT);
}

/** The same text from wall-clock fields (the post model's path: no luxon formatter per post). */
export function formatChineseWall(w: WallTime): string {
  return `${w.year}年${pad2(w.month)}月${pad2(w.day)}日 ${pad2(w.hour)}:${pad2(w.minute)}`;
}

export function chineseDate(value: DateInput, zone: string = SITE_ZONE): string {
  return formatChineseDate(toDateTime(value, zone));
}
