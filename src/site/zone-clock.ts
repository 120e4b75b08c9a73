// A post's date in the site's zone, with few time-zone look-ups: an IANA zone's offset is looked
// up (Intl) twice per UTC day a build meets, not several times per post, and the post's date is
// then a DateTime in that fixed offset, which luxon formats with no look-up at all. A day on which
// the offset changes (a DST switch) is looked up per post. Offsets of 0 and odd LMT offsets keep
// the IANA zone: luxon writes `Z` for a fixed zero offset, and fixed zones take whole minutes.
// wallTime gives the same local fields without a DateTime, for the post model's arithmetic
// formatters; it is null exactly where luxon has to write the date (see filters/wall-time.ts).
import { DateTime, FixedOffsetZone, Info, type Zone } from "luxon";
import { wallTimeAt, type WallTime } from "./filters/wall-time.ts";

const DAY_MS = 86_400_000;

export class ZoneClock {
  /** The zone as luxon's setZone(name) resolves it ("UTC" is a fixed zone, "Asia/Shanghai" an IANA one). */
  private readonly zone: Zone;
  /** UTC day number → the zone's offset (minutes) all day long, or null when it changes that day. */
  private readonly days = new Map<number, number | null>();

  constructor(zoneName: string) {
    this.zone = Info.normalizeZone(zoneName);
  }

  /** The zone's offset in minutes at `ms`. */
  offset(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    let whole = this.days.get(day);
    if (whole === undefined) {
      const start = this.zone.offset(day * DAY_MS);
      whole = start === this.zone.offset((day + 1) * DAY_MS - 1) ? start : null;
      this.days.set(day, whole);
    }
    return whole ?? this.zone.offset(ms);
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
