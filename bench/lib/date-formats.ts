// The shapes in which raw pages print a publication date (see issue 2's date ladder).
import type { Rng } from "./prng.ts";
import type { WallTime } from "./article-spec.ts";
import { pad2 } from "./boilerplate.ts";

const ymd = (t: WallTime, sep: string): string => `${t.year}${sep}${pad2(t.month)}${sep}${pad2(t.day)}`;
const hm = (t: WallTime): string => `${pad2(t.hour)}:${pad2(t.minute)}`;

/** `2021-12-15T10:03:12+08:00`: the form `extract` reports. */
export function isoOf(t: WallTime): string {
  return `${ymd(t, "-")}T${hm(t)}:${pad2(t.second)}+08:00`;
}

/** `2021-03-15 14:28` (002). */
export function dashMinute(t: WallTime): string {
  return `${ymd(t, "-")} ${hm(t)}`;
}

/** One of the one-line shapes: `2021-03-15 14:28`, `2021年12月15日 10:03`, `2022/02/13 16:09`, `2020.11.02 08:15`. */
export function oneLineDate(rng: Rng, t: WallTime): string {
  return rng.pick([
    () => dashMinute(t),
    () => `${t.year}年${pad2(t.month)}月${pad2(t.day)}日 ${hm(t)}`,
    () => `${ymd(t, "/")} ${hm(t)}`,
    () => `${ymd(t, ".")} ${hm(t)}`,
  ])();
}

/** A date split over lines, as 004 prints it: `2022` / `02/13` / `16:09`. */
export function splitDateLines(t: WallTime): string[] {
  return [String(t.year), `${pad2(t.month)}/${pad2(t.day)}`, hm(t)];
}
