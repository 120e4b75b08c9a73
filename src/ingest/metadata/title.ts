// Title ladder: front matter → HTML headline → HTML meta → markdown `#` headline → the first
// header line that is not furniture. Titles lose their column prefix (`【…】`) and site or spam
// suffix (`-XX官网`, `_XX网`, `|XX`); a two-line `#` headline is joined with a space (seed 003);
// a `——` line next to the headline is the subtitle. Repeats of the title in the body are marked.
import type { Found } from "../../types.ts";
import { isBoilerplate } from "../boilerplate.ts";
import {
  BRACKETED_TITLE_RE,
  COLUMN_PREFIX_RE,
  SITE_WORD_RE,
  SPAM_RE,
  SUBTITLE_RE,
  TITLE_SUFFIX_RE,
} from "../patterns.ts";
import { collapseSpaces } from "../rules/normalize-whitespace.ts";
import { fullWidthPunctuation } from "../rules/normalize-punctuation.ts";
import { MAX_SITE_SUFFIX_CHARS, MAX_TITLE_CHARS, MIN_TITLE_CHARS } from "../thresholds.ts";
import { comparable } from "../zones.ts";
import { fmString, isKnownPublication, isMarkedBlock, mark, type MetaContext } from "./context.ts";
import { findSubtitle } from "./subtitle.ts";
import { headlineScore, isMastheadLine, isMetaLine, isSiteNameLine, markMastheads } from "./headline.ts";

/** Suffixes stripped at most this many times (`标题_频道_XX网`). */
const MAX_SUFFIX_STRIPS = 2;
/** A channel name between headline and site suffix is at most this long. */
const MAX_CHANNEL_CHARS = 8;
/** Separators that never occur inside a Chinese headline (a `-` may: `2021-2025`). */
const CHANNEL_SEPARATOR_RE = /^\s*[_|｜]/;
/** Each line of a two-line headline is at most this long. */
const MAX_HEADLINE_LINE_CHARS = 20;
/** A repeat of the title may carry a `【column】` prefix and a site suffix: this many more characters. */
const MAX_REPEAT_EXTRA_CHARS = 70;
/** `标题：…` label before a headline. */
const TITLE_LABEL_RE = /^(?:标题|题目|主题)\s*[：:]\s*/;
/** Punctuation a headline line does not carry. */
const NO_HEADLINE_PUNCT_RE = /[，,。；;：:！!？?、]/;

export interface TitleParts {
  title: string;
  column: string | null;
}

/** `【栏目】标题-XX官网` → { title: `标题`, column: `栏目` }. */
export function cleanTitle(text: string): TitleParts {
  let t = collapseSpaces(text).replace(TITLE_LABEL_RE, "");
  // `【X：标题】` alone: the whole headline is bracketed, no column to take off.
  t = t.replace(BRACKETED_TITLE_RE, "$1").trim();
  let column: string | null = null;
  const col = COLUMN_PREFIX_RE.exec(t);
  if (col && t.length - col[0].length >= MIN_TITLE_CHARS) {
    column = col[1].trim();
    t = t.slice(col[0].length);
  }
  for (let k = 0; k < MAX_SUFFIX_STRIPS; k++) {
    const m = TITLE_SUFFIX_RE.exec(t);
    const tail = m?.[1].trim() ?? "";
    // Once a site suffix is gone, a short `_栏目` / `|栏目` before it is the channel (`标题_时政要闻_X网`).
    const channel = k > 0 && m !== null && CHANNEL_SEPARATOR_RE.test(m[0]) && tail.length <= MAX_CHANNEL_CHARS;
    if (!m || tail.length > MAX_SITE_SUFFIX_CHARS || !(channel || SPAM_RE.test(tail) || SITE_WORD_RE.test(tail))) break;
    if (m.index < MIN_TITLE_CHARS) break;
    t = t.slice(0, m.index).trim();
  }
  return { title: fullWidthPunctuation(t), column };
}

/** A header line that cannot be the headline: furniture, meta lines (date, source, byline), subtitles. */
function isNotHeadline(text: string): boolean {
  return SUBTITLE_RE.test(text) || isMetaLine(text) || /^[\d\s/:.\-年月日]+$/.test(text) || isBoilerplate(text);
}

function acceptable(t: string, ctx: MetaContext): boolean {
  return (
    t.length >= MIN_TITLE_CHARS &&
    t.length <= MAX_TITLE_CHARS &&
    !SPAM_RE.test(t) &&
    !t.endsWith("。") &&
    !isMasthead(t, ctx)
  );
}

/** A line that is only a known publication's name: the site's masthead, not a headline. */
function isMasthead(text: string, ctx: MetaContext): boolean {
  return isKnownPublication(text, ctx);
}

/** The first `#` headline that is not a masthead (`# X县融媒体中心`). */
function fromMarkdown(ctx: MetaContext): { parts: TitleParts; used: number[] } | null {
  const first = ctx.blocks.findIndex(
    (b, i) => i <= ctx.headerEnd && b.kind === "heading" && b.level === 1 && !isMastheadLine(b.text, ctx) && !isSiteNameLine(b.text),
  );
  if (first < 0) return null;
  const used = [first];
  while (ctx.blocks[used.at(-1)! + 1]?.kind === "heading" && ctx.blocks[used.at(-1)! + 1].level === 1) {
    used.push(used.at(-1)! + 1);
  }
  const parts = cleanTitle(used.map((i) => ctx.blocks[i].text).join(" "));
  return acceptable(parts.title, ctx) ? { parts, used } : null;
}

/**
 * The second line of a two-line headline (`筑牢红色堡垒` / `激活振兴引擎`): directly under the
 * first (no blank line), short, no punctuation, and set apart from what follows (a blank line
 * or the `——` subtitle).
 */
function secondLine(ctx: MetaContext, i: number): string | null {
  const [b, after] = [ctx.blocks[i + 1], ctx.blocks[i + 2]];
  if (!b || b.gapBefore !== 0 || b.kind !== "paragraph" || i + 1 >= ctx.headerEnd) return null;
  if (b.text.length > MAX_HEADLINE_LINE_CHARS || NO_HEADLINE_PUNCT_RE.test(b.text) || isNotHeadline(b.text)) return null;
  return !after || after.gapBefore > 0 || SUBTITLE_RE.test(after.text) ? b.text : null;
}

/** The best-scoring header line (see headline.ts), joined with its second line if it has one. */
function fromHeaderLines(ctx: MetaContext): { parts: TitleParts; used: number[] } | null {
  let best: { parts: TitleParts; used: number[] } | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const masthead: boolean[] = [];
  for (let i = 0; i < ctx.headerEnd; i++) {
    const b = ctx.blocks[i];
    if (isMarkedBlock(b) || b.text.endsWith("。")) continue;
    masthead[i] = isMastheadLine(b.text, ctx);
    if (masthead[i]) continue;
    const parts = cleanTitle(b.text);
    masthead[i] = isSiteNameLine(parts.title); // `X新闻网 | 时政要闻`: a masthead unless it wins
    // Full-width punctuation keeps the length: a shorter title lost a column, label or suffix.
    const decorated = parts.title.length !== collapseSpaces(b.text).length;
    // `acceptable` first: it is cheap, and most furniture lines fail it on length alone.
    if (!acceptable(parts.title, ctx) || isNotHeadline(decorated ? parts.title : b.text)) continue;
    const second = parts.title.length <= MAX_HEADLINE_LINE_CHARS ? secondLine(ctx, i) : null;
    const found = second
      ? { parts: { ...parts, title: `${parts.title} ${cleanTitle(second).title}` }, used: [i, i + 1] }
      : { parts, used: [i] };
    const score = headlineScore(ctx, found.used, found.parts.title, decorated);
    if (score > bestScore) [best, bestScore] = [found, score];
  }
  markMastheads(ctx, best?.used ?? [], masthead);
  return best;
}

/** Mark repeats of the title and of its column name anywhere in the blocks. */
function markRepeats(ctx: MetaContext, parts: TitleParts): void {
  const title = comparable(parts.title);
  const column = parts.column ? comparable(parts.column) : null;
  // A repeat is the title plus at most a column prefix and a site suffix; skip other lengths cheaply.
  const maxChars = parts.title.length + MAX_REPEAT_EXTRA_CHARS;
  ctx.blocks.forEach((b, i) => {
    if (isMarkedBlock(b) || b.text.length > maxChars) return;
    const whole = comparable(b.text);
    // A repeat contains the title (cleanTitle only takes away): most lines are out cheaply.
    if (whole.includes(title) && comparable(cleanTitle(b.text).title) === title) mark(ctx, i, "title");
    else if (column && whole === column) mark(ctx, i, "column");
  });
}

export function findTitle(ctx: MetaContext): { title: Found<string | null>; subtitle: Found<string | null> } {
  let title: Found<string | null> = { value: null, via: "none" };
  const fm = fmString(ctx, "title");
  const hint = ctx.hints.title?.map((t) => cleanTitle(t)).find((p) => acceptable(p.title, ctx));
  const md = fm || ctx.readerTitle || hint ? null : fromMarkdown(ctx);
  const line = fm || ctx.readerTitle || hint || md ? null : fromHeaderLines(ctx);
  if (fm) title = { value: fm, via: "front-matter" };
  else if (ctx.readerTitle) {
    const parts = cleanTitle(ctx.readerTitle);
    title = { value: parts.title, via: "html-headline" };
    markRepeats(ctx, parts);
  } else if (hint) {
    title = { value: hint.title, via: "html-meta" };
    markRepeats(ctx, hint);
  } else if (md || line) {
    const found = (md ?? line)!;
    for (const i of found.used) mark(ctx, i, "title");
    if (md) markMastheads(ctx, md.used);
    title = { value: found.parts.title, via: md ? "markdown-heading" : "headline" };
    markRepeats(ctx, found.parts);
  }
  if (title.value === null) ctx.warnings.push(`${ctx.file}: title not found`);
  return { title, subtitle: findSubtitle(ctx) };
}
