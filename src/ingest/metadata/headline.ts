// The headline among the header lines of plain and markdown text. Not "the first short line":
// mastheads, breadcrumbs and menus come first on many pages (`X网 > 栏目`, `掌上X | X中心主办`,
// `X网 首页 | 时政 | 区县`, a bare `X新闻网`). Every header line that could be a headline is
// scored — just above the date/source/byline lines, a `【column】` prefix or a site/spam suffix
// count for it; being only a site's name counts against it — and the best one wins (ties: the
// first). Navigation lines are never candidates; they and site-name lines are marked as the
// masthead, so they leave the body. Fixtures: linfeng-breadcrumb-text, longxi-masthead-twoline,
// jinchuan-portal-tails, lanping-markdown-rules.
import {
  AUTHOR_LABEL_RE,
  DATE_LABEL_RE,
  MASTHEAD_BAR_RE,
  MASTHEAD_NAV_RE,
  SITE_NAME_LINE_RE,
  PHOTO_SLASH_RE,
  SITE_CHANNEL_LINE_RE,
  SITE_PART_RE,
  SOURCE_LABEL_RE,
  SPAM_BRAND_LINE_RE,
  SUBTITLE_RE,
  WEN_SLASH_RE,
  YEAR_ONLY_RE,
} from "../patterns.ts";
import { isBoilerplate } from "../boilerplate.ts";
import {
  HEADLINE_DECORATED_POINTS,
  HEADLINE_META_LOOKAHEAD_BLOCKS,
  HEADLINE_NEAR_META_POINTS,
  HEADLINE_SITE_NAME_POINTS,
  MAX_MASTHEAD_CHARS,
} from "../thresholds.ts";
import { collapseSpaces } from "../rules/normalize-whitespace.ts";
import { isBylineLine } from "./author.ts";
import { isKnownPublication, isMarkedBlock, mark, type MetaContext } from "./context.ts";
import { hasDate } from "./date.ts";

/**
 * A header line that belongs to the site: navigation, a known publication's name, a spam brand
 * line (`XX娱乐-手机版下载`). A headline with a spam suffix (`标题_XX彩票`) is still a headline.
 */
export function isMastheadLine(text: string, ctx: MetaContext): boolean {
  // `发布日期：… | 来源：… | 作者：…` has menu-like bars but is the article's own meta line.
  if (isMetaLine(text)) return false;
  if (MASTHEAD_NAV_RE.test(text) || SPAM_BRAND_LINE_RE.test(text) || SITE_CHANNEL_LINE_RE.test(text)) return true;
  return text.length <= MAX_MASTHEAD_CHARS && (isKnownPublication(text, ctx) || isSiteNamesLine(text, ctx));
}

/** `X日报数字报 | X网`, `X日报｜X新闻客户端`: every bar-separated part is a site's name. */
function isSiteNamesLine(text: string, ctx: MetaContext): boolean {
  if (!text.includes("|") && !text.includes("｜")) return false;
  const parts = text.split(MASTHEAD_BAR_RE).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => SITE_PART_RE.test(p) || isKnownPublication(p, ctx));
}

/** Every date the date ladder reads has a four-digit year (a cheap test before the full one). */
const FOUR_DIGITS_RE = /\d{4}/;

/** A line that is only a site's name (`X新闻网`, `X融媒`, `掌上X`). */
export function isSiteNameLine(text: string): boolean {
  return SITE_NAME_LINE_RE.test(collapseSpaces(text));
}

/** A date, source, author or byline line: what sits right under a headline. */
export function isMetaLine(text: string): boolean {
  return (
    YEAR_ONLY_RE.test(text) ||
    SOURCE_LABEL_RE.test(text) ||
    AUTHOR_LABEL_RE.test(text) ||
    DATE_LABEL_RE.test(text) ||
    WEN_SLASH_RE.test(text) ||
    PHOTO_SLASH_RE.test(text) ||
    isBylineLine(text) ||
    (FOUR_DIGITS_RE.test(text) && hasDate(text))
  );
}

/** The first line below the candidate (past its own lines, subtitles and widgets) is a meta line. */
function nearMeta(ctx: MetaContext, lastUsed: number): boolean {
  const stop = Math.min(ctx.blocks.length, lastUsed + 1 + HEADLINE_META_LOOKAHEAD_BLOCKS);
  for (let j = lastUsed + 1; j < stop; j++) {
    const text = ctx.blocks[j].text;
    if (isMetaLine(text)) return true;
    if (!SUBTITLE_RE.test(text) && !isBoilerplate(text)) return false;
  }
  return false;
}

/** Points of a candidate whose lines are `used` (see the header comment). */
export function headlineScore(ctx: MetaContext, used: readonly number[], title: string, decorated: boolean): number {
  const text = ctx.blocks[used[0]].text;
  let score = 0;
  if (nearMeta(ctx, used[used.length - 1])) score += HEADLINE_NEAR_META_POINTS;
  // `X新闻网 | 时政要闻` loses its `| 栏目` as a suffix: what is left is still only a site's name.
  if (used.length === 1 && (isSiteNameLine(text) || isSiteNameLine(title))) score += HEADLINE_SITE_NAME_POINTS;
  else if (decorated) score += HEADLINE_DECORATED_POINTS;
  return score;
}

/**
 * Mark masthead lines of the header zone (navigation, site names) that are not the headline;
 * `masthead[i]` may say already (computed by the caller), else it is worked out here.
 */
export function markMastheads(ctx: MetaContext, used: readonly number[], masthead: readonly boolean[] = []): void {
  for (let i = 0; i < ctx.headerEnd; i++) {
    const b = ctx.blocks[i];
    if (used.includes(i) || isMarkedBlock(b)) continue;
    if ((masthead[i] ?? isMastheadLine(b.text, ctx)) || isSiteNameLine(b.text)) mark(ctx, i, "masthead");
  }
}
