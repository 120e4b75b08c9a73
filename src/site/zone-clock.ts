// A post's date in the site's zone, with few and cheap time-zone look-ups: an IANA zone's offset
// is looked up (Intl's offset name) twice per UTC day a build meets, not several times per post,
// and the post's date is then a DateTime in that fixed offset, which luxon formats with no look-up
// at all. A day on which the offset changes (a DST switch) is looked up per post. Offsets of 0 and
// odd LMT offsets keep the IANA zone: luxon writes `Z` for a fixed zero offset, and fixed zones
// take whole minutes.
// wallTime gives the same local fields without a DateTime, for the post model's arithmetic
// formatters; it is null exactly where luxon has to write the date (see filters/wall-time.ts).
import { DateTime, FixedOffsetZone, Info, type Zone } from "luxon";
import { MINUTE_MS, wallTimeAt, type WallTime } from "./filters/wall-time.ts";

const DAY_MS = 86_400_000;
/** Instants Intl can format (ECMAScript's time value range). */
const MAX_TIME_MS = 8.64e15;
/** The end of Intl's `longOffset` time: `GMT+08:05:43`, `GMT-05:00`, or `GMT` for zero. */
const LONG_OFFSET_RE = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export class ZoneClock {
  /** The zone as luxon's setZone(name) resolves it ("UTC" is a fixed zone, "Asia/Shanghai" an IANA one). */
  private readonly zone: Zone;
  /** UTC day number → the zone's offset (minutes) all day long, or null when it changes that day. */
  private readonly days = new Map<number, number | null>();

  /** Formats an instant's offset name in an IANA zone (null for fixed and invalid zones). */
  private readonly offsetNames: Intl.DateTimeFormat | null;

  constructor(zoneName: string) {
    this.zone = Info.normalizeZone(zoneName);
    const iana = this.zone.type === "iana" && this.zone.isValid;
    this.offsetNames = iana ? new Intl.DateTimeFormat("en-US", { timeZone: this.zone.name, timeZoneName: "longOffset", hour: "numeric" }) : null;
  }

  /**
   * The zone's offset at `ms` exactly as luxon's `zone.offset(ms)` gives it (minutes; fractional
   * for LMT's odd seconds), read from Intl's offset name: luxon formats the wall time's six fields
   * and subtracts (~20 µs a look-up here, the name ~2 µs).
   */
  private zoneOffset(ms: number): number {
    const m = this.offsetNames && Math.abs(ms) <= MAX_TIME_MS ? LONG_OFFSET_RE.exec(this.offsetNames.format(ms)) : null;
    if (!m) return this.zone.offset(ms);
    if (!m[1]) return 0;
    const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
    // luxon's arithmetic (a difference in ms over ms per minute): a fractional offset is the same number.
    return ((m[1] === "-" ? -seconds : seconds) * 1000) / MINUTE_MS;
  }

  /** The zone's offset in minutes at `ms`. */
  offset(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    let whole = this.days.get(day);
    if (whole === undefined) {
      const start = this.zoneOffset(day * DAY_MS);
      whole = start === this.zoneOffset((day + 1) * DAY_MS - 1) ? start : null;
      this.days.set(day, whole);
    }
    return whole ?? this.zoneOffset(ms);
  }

  /** The wall time of `ms` in the site's zone (as `local` shows it), or null when luxon must write it. */
  wallTime(ms: number): WallTime | null {
    // A universal zone is kept as is by `local` (luxon writes UTC as `Z`): not a fixed offset here.
    return this.zone.isUniversal ? null : wallTimeAt(ms, this.offset(ms));
  }

  /** `date` in the site's zone: same instant, same local fields and offset as `date.setZone(zone)`. */
  local(date: DateTime): DateTime {
    if (this.zone.isUniversal) return date.setZone(this.zone);
    const offset = this.offset(date.toMillis());
    return offset !== 0 && Number.isInteger(offset) ? date.setZone(FixedOffsetZone.instance(offset)) : date.setZone(this.zone);
  }
}
