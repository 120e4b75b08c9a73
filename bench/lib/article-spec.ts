// One generated article before it is dressed in a page style: the ground truth that the raw
// page hides in boilerplate and that the normalised copy (target layout) shows plainly.
import type { ClockFields } from "../../src/types.ts";
import type { BenchPublication } from "./publications.ts";
import type { Rng } from "./prng.ts";
import type { SentencePool } from "./sentence-pool.ts";

/** Page styles of the raw inputs, after the seeds (portal 001, journal 002, markdown 003, local 004, post 000). */
export type RawStyle = "portal" | "journal" | "local" | "markdown" | "html" | "post";

/** Wall-clock fields in +08:00. */
export type WallTime = ClockFields;

export interface ArticleSpec {
  index: number;
  /** 16 hex digits: the scraper's id in the raw file name and the post's slug. */
  id: string;
  style: RawStyle;
  pub: BenchPublication;
  /** How the page names its publication (canonical name or an alias); null = the page never says. */
  sourceAs: string | null;
  date: WallTime;
  /** False when the raw page shows no publication date (the site must fall back and warn). */
  dated: boolean;
  title: string;
  /** Subtitle without its `——` dash. */
  subtitle: string | null;
  /** Column prefix the page puts before the title (`【乡村振兴】`), not part of the title. */
  column: string | null;
  author: string | null;
  /** Standalone byline paragraph (`全媒体记者张国帆通讯员申万萍`), or null. */
  byline: string | null;
  blocks: { kind: "paragraph" | "heading"; text: string }[];
  credits: { role: string; name: string }[];
  url: string | null;
}

export const STYLE_WEIGHTS: readonly (readonly [RawStyle, number])[] = [
  ["portal", 20], ["journal", 15], ["local", 20], ["markdown", 15], ["html", 20], ["post", 10],
];
/** Dates run over [2019-01-01, 2025-01-01) in +08:00. */
const FIRST_DAY_MS = Date.UTC(2019, 0, 1);
const LAST_DAY_MS = Date.UTC(2025, 0, 1);
const MIN_BODY_BYTES = 3000;
const MAX_BODY_BYTES = 7600;
const HEADING_SHARE = 0.12;
/** Styles whose seeds show no date (001, 003): a few generated pages keep it that way. */
const UNDATED_SHARE = 0.05;
const SURNAMES = [..."张王李刘陈杨黄赵周吴徐孙马胡朱郭何罗高林谭向覃田彭"];
const GIVEN = [..."国帆万萍天文明辉西林远登雁博可涵耘汝莲志强建华丽娟晓东海军"];
const COLUMNS = ["乡村振兴", "党建引领", "奋进新征程", "基层一线", "聚焦两会", "走基层", "民生关注", "产业发展"];
const CREDIT_ROLES = ["编辑", "校对", "审核", "责任编辑", "组稿", "监制"];

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : "");
}

export function wallTimeOf(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
  };
}

/** Milliseconds of a wall time read as if it were UTC (for day arithmetic only). */
export function wallMs(t: WallTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

function makeBody(rng: Rng, pool: SentencePool): ArticleSpec["blocks"] {
  const target = rng.int(MIN_BODY_BYTES, MAX_BODY_BYTES);
  const blocks: ArticleSpec["blocks"] = [];
  let size = 0;
  while (size < target) {
    const heading = blocks.length > 1 && rng.chance(HEADING_SHARE);
    let text = "";
    if (heading) text = `${rng.pick(pool.clauses)}，${rng.pick(pool.clauses)}`;
    else for (let k = rng.int(1, 4); k > 0; k--) text += rng.pick(pool.sentences);
    if (size + bytes(text) > MAX_BODY_BYTES) break;
    blocks.push({ kind: heading ? "heading" : "paragraph", text });
    size += bytes(text) + 8;
  }
  return blocks;
}

function makeByline(rng: Rng, style: RawStyle): { author: string | null; byline: string | null } {
  if (style === "journal") return { author: personName(rng), byline: null };
  if (style === "local") return { author: personName(rng), byline: null };
  if (rng.chance(0.15)) return { author: null, byline: null };
  const author = personName(rng);
  const form = rng.int(0, 3);
  const byline =
    form === 0 ? `全媒体记者${author}通讯员${personName(rng)}`
    : form === 1 ? `记者${author}`
    : form === 2 ? `记者${author} 通讯员${personName(rng)}`
    : `文/${author}`;
  return { author, byline };
}

/** The lead of a local-site article (004): `清江日报讯（通讯员张天文 记者黄明辉）`. */
function localLead(rng: Rng, source: string, author: string | null): string {
  const helper = rng.chance(0.5) ? `通讯员${personName(rng)} ` : "";
  return `${source}讯（${helper}记者${author}）`;
}

export function makeSpec(
  rng: Rng,
  index: number,
  pool: SentencePool,
  pubs: readonly BenchPublication[],
  forceStyle?: RawStyle,
): ArticleSpec {
  const drawn = rng.weighted(STYLE_WEIGHTS);
  const style = forceStyle ?? drawn;
  const pub = rng.pick(pubs);
  const seconds = Math.floor((rng.next() * (LAST_DAY_MS - FIRST_DAY_MS)) / 1000);
  const date = wallTimeOf(FIRST_DAY_MS + seconds * 1000);
  if (style !== "post") date.second = 0; // raw pages show minutes only
  const undatable = style === "portal" || style === "markdown";
  const dated = !(undatable && rng.chance(UNDATED_SHARE));
  const sourceless = style === "markdown" && rng.chance(UNDATED_SHARE);
  const { author, byline } = makeByline(rng, style);
  const credits = rng.chance(0.5)
    ? Array.from({ length: rng.int(1, 3) }, () => ({ role: rng.pick(CREDIT_ROLES), name: personName(rng) }))
    : [];
  const hasUrl = style === "html" || style === "post";
  const sourceAs = sourceless ? null : rng.chance(0.8) ? pub.name : rng.pick(pub.aliases);
  const blocks = makeBody(rng, pool);
  if (style === "local") blocks[0].text = localLead(rng, sourceAs ?? pub.name, author) + blocks[0].text;
  return {
    index,
    id: rng.hex(16),
    style,
    pub,
    sourceAs,
    date,
    dated,
    title: `${rng.pick(pool.clauses)} ${rng.pick(pool.clauses)}`,
    subtitle: style !== "post" && rng.chance(0.2) ? `${rng.pick(pool.clauses)}${rng.pick(pool.clauses)}` : null,
    column: style !== "post" && rng.chance(0.4) ? rng.pick(COLUMNS) : null,
    author,
    byline,
    blocks,
    credits,
    url: hasUrl ? `https://${pub.domain}/content/${date.year}-${String(date.month).padStart(2, "0")}/content_${rng.digits(7)}.htm` : null,
  };
}
