// Date ladder: front matter → a labelled date (`发布时间：…`) → HTML meta → a date on a header
// line (`2021-03-15 14:28`, `2021年12月15日 10:03`, `2022/02/13`, `2020.11.02`) → a date split
// over header lines (`2022` / `02/13` / `16:09`). Never a page-date widget (a date followed by
// 星期X) and never a date in the prose (`从2021年3月1日开始`): only header lines and short
// labelled lines are read. +08:00 unless the input gives an offset. None → null and a warning.
import { DateTime } from "luxon";
import type { ClockFields, Found } from "../../types.ts";
import { isoDate, parseJekyllDate } from "../../article/dates.ts";
import {
  CN_DATE_RE,
  DATE_LABEL_RE,
  DOT_DATE_RE,
  ISO_DATE_RE,
  MONTH_DAY_RE,
  SLASH_DATE_RE,
  SPACED_DATE_RE,
  TIME_ONLY_RE,
  WEEKDAY_AFTER_RE,
  YEAR_ONLY_RE,
} from "../patterns.ts";
import { isProse } from "../zones.ts";
import { isMarkedBlock, mark, type MetaContext } from "./context.ts";

/** The offset of the site (Asia/Shanghai has had no DST since 1991). */
const DEFAULT_OFFSET = "UTC+8";
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const FORMATS = [
  { via: "header-iso", re: ISO_DATE_RE },
  { via: "header-cn", re: CN_DATE_RE },
  { via: "header-slash", re: SLASH_DATE_RE },
  { via: "header-dot", re: DOT_DATE_RE },
  { via: "header-spaced", re: SPACED_DATE_RE },
] as const;

interface DateMatch {
  iso: string;
  via: string;
  /** The match had no time of day (a time on the next line may complete it). */
  dateOnly: boolean;
}

/** DEFAULT_OFFSET as ISO 8601 writes it. */
const DEFAULT_OFFSET_ISO = "+08:00";

const inRange = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * A plain valid date and time at the site's offset, written as luxon writes it
 * (`2021-03-15T14:28:00+08:00`); null for anything else (impossible values, luxon's `24:00`),
 * which luxon judges. Header lines are read for dates many times, and luxon is slow.
 */
function plainIso(f: ClockFields): string | null {
  const daysInMonth = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  const valid =
    inRange(f.year, MIN_YEAR, MAX_YEAR) &&
    inRange(f.month, 1, 12) &&
    inRange(f.day, 1, daysInMonth) &&
    inRange(f.hour, 0, 23) &&
    inRange(f.minute, 0, 59) &&
    inRange(f.second, 0, 59);
  if (!valid) return null;
  return `${f.year}-${pad2(f.month)}-${pad2(f.day)}T${pad2(f.hour)}:${pad2(f.minute)}:${pad2(f.second)}${DEFAULT_OFFSET_ISO}`;
}

/** Year, month, day, hour, minute, second (+ offset) → ISO with offset, or null if impossible. */
export function toIso(parts: (string | undefined)[], offset?: string): string | null {
  const [y, mo, d, h = "0", mi = "0", s = "0"] = parts;
  if (+y! < MIN_YEAR || +y! > MAX_YEAR) return null;
  const fields: ClockFields = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s };
  const plain = offset ? null : plainIso(fields);
  if (plain) return plain;
  const zone = offset ? `UTC${offset.slice(0, 3)}:${offset.slice(-2)}` : DEFAULT_OFFSET;
  const dt = DateTime.fromObject(fields, { zone });
  return dt.isValid ? isoDate(dt) : null;
}

/** Every format starts with a four-digit year: a line without four digits in a row has no date. */
const FOUR_DIGITS_RE = /\d{4}/;

/** The first date in `text` that is not a weekday widget. */
export function matchDate(text: string): DateMatch | null {
  if (!FOUR_DIGITS_RE.test(text)) return null;
  let best: (DateMatch & { at: number }) | null = null;
  for (const { via, re } of FORMATS) {
    const m = re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    if (WEEKDAY_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    const iso = toIso(m.slice(1, 7), re === ISO_DATE_RE ? m[7] : undefined);
    if (iso) best = { iso, via, dateOnly: m[4] === undefined, at: m.index };
  }
  return best;
}

export function hasDate(text: string): boolean {
  return matchDate(text) !== null;
}

/** `2022` / `02/13` / `16:09` on consecutive header lines. */
function splitDate(ctx: MetaContext, i: number): Found<string> | null {
  const year = YEAR_ONLY_RE.exec(ctx.blocks[i].text);
  const md = year && ctx.blocks[i + 1] ? MONTH_DAY_RE.exec(ctx.blocks[i + 1].text) : null;
  if (!year || !md) return null;
  const time = md[3] === undefined && ctx.blocks[i + 2] ? TIME_ONLY_RE.exec(ctx.blocks[i + 2].text) : null;
  const iso = toIso([year[1], md[1], md[2], ...(time ? time.slice(1, 4) : md.slice(3, 6))]);
  if (!iso) return null;
  for (let j = i; j <= i + (time ? 2 : 1); j++) mark(ctx, j, "date");
  return { value: iso, via: "header-split" };
}

/** A date on a header line, completed by a time-only next line if it has none. */
function headerDate(ctx: MetaContext, i: number): Found<string> | null {
  const m = matchDate(ctx.blocks[i].text);
  if (!m) return null;
  mark(ctx, i, "date");
  const next = ctx.blocks[i + 1];
  const time = m.dateOnly && next && i + 1 < ctx.headerEnd ? TIME_ONLY_RE.exec(next.text) : null;
  if (time) {
    const iso = toIso([...m.iso.slice(0, 10).split("-"), ...time.slice(1, 4)]);
    if (iso) {
      mark(ctx, i + 1, "date");
      return { value: iso, via: m.via };
    }
  }
  return { value: m.iso, via: m.via };
}

/** `发布时间：2021-03-15 14:28` on any short line (header or footer). */
function labelledDate(ctx: MetaContext): Found<string> | null {
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    if (isMarkedBlock(b) || (i >= ctx.headerEnd && isProse(b.text) && !b.text.startsWith("发布"))) continue;
    const label = DATE_LABEL_RE.exec(b.text);
    const m = label ? matchDate(b.text.slice(label.index)) : null;
    if (m) {
      if (i < ctx.headerEnd || !isProse(b.text)) mark(ctx, i, "date");
      return { value: m.iso, via: "labelled" };
    }
  }
  return null;
}

function hintDate(value: string): string | null {
  const dt = DateTime.fromISO(value.trim(), { setZone: true, zone: DEFAULT_OFFSET });
  if (dt.isValid) return isoDate(dt);
  return matchDate(value)?.iso ?? null;
}

export function findDate(ctx: MetaContext): Found<string | null> {
  const fm = ctx.frontMatter.date;
  if (fm !== undefined && fm !== null && fm !== "") {
    const dt = parseJekyllDate(fm);
    if (dt) return { value: isoDate(dt), via: "front-matter" };
    ctx.warnings.push(`${ctx.file}: date: front matter date ${JSON.stringify(String(fm))} is not a valid date; ignored`);
  }
  // A labelled date in the article text beats page metadata: a page that reposts an article
  // carries its own (repost) time in <meta>, the article its original 发布时间.
  const labelled = labelledDate(ctx);
  if (labelled) return labelled;
  for (const hint of ctx.hints.date ?? []) {
    const iso = hintDate(hint);
    if (!iso) continue;
    // A date-only hint (`<meta name="publishdate" content="2021-11-23">`) gives way to a header
    // line of the same day that carries the time (`2021年11月23日08:24 | 来源：…`).
    const header = hintHasTime(hint) ? null : fromHeader(ctx);
    if (header && header.value.slice(0, 10) === iso.slice(0, 10) && header.value !== iso) return header;
    return { value: iso, via: "html-meta" };
  }
  const found = fromHeader(ctx);
  if (found) return found;
  ctx.warnings.push(`${ctx.file}: date not found`);
  return { value: null, via: "none" };
}

/** A time of day in a hint (`2021-11-23T08:24`, `2021-11-23 08:24:00`). */
const HINT_TIME_RE = /[T\s](\d{1,2}):(\d{2})/;

/** The hint carries a time of day (midnight, `T00:00:00`, is how CMSs write "no time"). */
function hintHasTime(hint: string): boolean {
  const m = HINT_TIME_RE.exec(hint.trim());
  return m !== null && (+m[1] !== 0 || +m[2] !== 0);
}

/** The first date on a header line (or split over header lines). */
function fromHeader(ctx: MetaContext): Found<string> | null {
  for (let i = 0; i < ctx.headerEnd; i++) {
    if (isMarkedBlock(ctx.blocks[i]) || isProse(ctx.blocks[i].text)) continue;
    const found = headerDate(ctx, i) ?? splitDate(ctx, i);
    if (found) return found;
  }
  return null;
}
