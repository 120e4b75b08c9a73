// The zone around the main container: the headline (h1 near the text, preferably the one that
// `<title>`/og:title repeat), the metadata lines between headline and text (CMS `div.info`:
// `来源：XX  时间：2021-03-15 14:28  作者：XX`), and credit lines just after the text
// (`(责编：X、Y)`). The lines are emitted as Blocks tagged "header" / "trailer", so that the
// text engine's date/source/author ladders and credit rules treat them like page text.
import type { Element } from "domhandler";
import type { Block } from "../../types.ts";
import { emitBlocks } from "./html-blocks.ts";
import {
  BLOCK_TAG_NAMES,
  BYLINE_HINT_RE,
  DATE_RE,
  HEADING_TAG_RE,
  META_LINE_RE,
  NEGATIVE_HINT_RE,
  TITLE_HINT_RE,
  TRAILER_LINE_RE,
  WEEKDAY_RE,
} from "./html-patterns.ts";
import { SITE_NAME_LINE_RE } from "../patterns.ts";
import type { MainText } from "./html-score.ts";
import { hintOf, type ElementStats, type PageStats } from "./html-stats.ts";
import { toBlockText } from "./html-text.ts";
import {
  HEADER_ABOVE_HEADLINE_ELEMENTS,
  HEADER_LINE_MAX_CHARS,
  HEADER_MAX_LINK_DENSITY,
  HEADER_LOOKBACK_ELEMENTS,
  HEADLINE_LOOKBACK_ELEMENTS,
  HEADLINE_MAX_CHARS,
  HEADLINE_MIN_CHARS,
  MIN_PARAGRAPH_CHARS,
  TRAILER_LOOKAHEAD_ELEMENTS,
} from "./html-thresholds.ts";

export interface Headline {
  el: Element;
  index: number;
  text: string;
}

const SUBTITLE_LINE_RE = /^[—－-]{2}/;

/** The headline near the text: one that the page titles repeat, else the closest h1, else h2/h3/`.title`. */
export function findHeadline(page: PageStats, main: MainText, pageTitles: readonly string[]): Headline | null {
  const first = main.parts[0]!;
  const last = main.parts[main.parts.length - 1]!;
  const titles = pageTitles.map(squeeze).filter((t) => t.length >= HEADLINE_MIN_CHARS);
  let best: Headline | null = null;
  let bestRank = 0;
  const from = Math.max(0, first.index - HEADLINE_LOOKBACK_ELEMENTS);
  for (let i = from; i <= last.end; i++) {
    const s = page.elements[i]!;
    if (i > first.index && isProse(s)) break; // inside the text: only before its first paragraph
    if (s.dropped || s.chars < HEADLINE_MIN_CHARS || s.chars > HEADLINE_MAX_CHARS) continue;
    // Any short block of its own text may be the headline when the page titles repeat it.
    const kind = headlineKind(s);
    const plain = kind === 0 && titles.length > 0 && s.ownChars === s.chars && s.ownLinkChars === 0;
    if (kind === 0 && !plain) continue;
    const text = blockText(s, page);
    // A site-logo heading (`<h1>X新闻网</h1>`) is the site's name, not the article's headline.
    const rank = kind + titleMatchRank(titles, squeeze(text)) + (SITE_NAME_LINE_RE.test(squeeze(text)) ? SITE_NAME_RANK : 0);
    if (rank >= bestRank && rank > 0) {
      best = { el: s.el, index: i, text };
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Metadata lines (and, below a headline, subtitle headings) before the text, tagged "header";
 * also labelled lines (`时间：…`) just above the headline, where some CMSs put the date.
 */
export function headerBlocks(page: PageStats, main: MainText, headline: Headline | null): Block[] {
  const first = main.parts[0]!;
  const bounded = headline !== null && headline.index < first.index;
  const out = bounded ? labelledLinesAbove(page, headline) : [];
  const start = bounded ? page.elements[headline.index]!.end + 1 : Math.max(0, first.index - HEADER_LOOKBACK_ELEMENTS);
  for (let i = start; i < first.index; i++) {
    const s = page.elements[i]!;
    if (s.dropped || s.end >= first.index) continue; // an ancestor of the text
    const heading = HEADING_TAG_RE.test(s.tag);
    if (s.ownChars === 0 || (heading && !bounded)) continue;
    const linky = s.ownLinkChars > s.ownChars * HEADER_MAX_LINK_DENSITY;
    const byline = BYLINE_HINT_RE.test(hintOf(s)) && !linky;
    for (const b of emitBlocks([s], page, { inlineOnly: true })) {
      // A dated link list (sidebar) is not a header; `来源：<a>XX</a>` is.
      const meta = isHeaderLine(b) && (!linky || META_LINE_RE.test(b.text));
      if (heading || meta || (byline && b.text.length <= HEADER_LINE_MAX_CHARS)) out.push(tag(b, "header"));
    }
  }
  return out;
}

/**
 * `<div class="info">时间：… 来源：…</div><h1>…</h1>`: labelled lines, and an unlabelled date line
 * in the block right above the headline (`<div class="date"><span>2022</span> <span>09/21</span>…`),
 * never a page-date widget (`2024年03月29日 星期五`).
 */
function labelledLinesAbove(page: PageStats, headline: Headline): Block[] {
  const out: Block[] = [];
  let dateLine: Block | null = null;
  // The window counts block elements (spans and <em>s of a split date do not use it up).
  let start = headline.index;
  for (let blocks = 0; start > 0 && blocks < HEADER_ABOVE_HEADLINE_ELEMENTS; ) {
    start--;
    const s = page.elements[start]!;
    if (BLOCK_TAG_NAMES.has(s.tag) && s.end < headline.index) blocks++;
  }
  for (let i = start; i < headline.index; i++) {
    const s = page.elements[i]!;
    if (s.dropped || s.end >= headline.index || s.ownChars === 0 || s.ownLinkChars > s.ownChars * HEADER_MAX_LINK_DENSITY) continue;
    // A span's text is also in its block's line: only blocks say which line is right above.
    const block = BLOCK_TAG_NAMES.has(s.tag);
    for (const b of emitBlocks([s], page, { inlineOnly: true })) {
      if (b.text.length <= HEADER_LINE_MAX_CHARS && META_LINE_RE.test(b.text)) out.push(tag(b, "header"));
      else if (block && b.text.length <= DATE_LINE_MAX_CHARS && DATE_RE.test(b.text) && !WEEKDAY_RE.test(b.text)) dateLine = b;
      // Short lines between (`来源：…`, `分享到：`) keep the date line; prose in between ends the header.
      else if (b.text.length > HEADER_LINE_MAX_CHARS) dateLine = null;
    }
  }
  return dateLine ? [...out, tag(dateLine, "header")] : out;
}

/** An unlabelled date line above the headline is at most this long (a date, a time, a place). */
const DATE_LINE_MAX_CHARS = 40;

/** Credit/source lines right after the text, tagged "trailer". */
export function trailerBlocks(page: PageStats, main: MainText): Block[] {
  const last = main.parts[main.parts.length - 1]!;
  const zone: ElementStats[] = [];
  const stop = Math.min(page.elements.length, last.end + 1 + TRAILER_LOOKAHEAD_ELEMENTS);
  for (let i = last.end + 1; i < stop; i++) {
    const s = page.elements[i]!;
    if (!s.dropped && s.ownChars > 0 && !NEGATIVE_HINT_RE.test(hintOf(s))) zone.push(s);
  }
  const blocks = emitBlocks(zone, page, { inlineOnly: true });
  return blocks.filter((b) => b.text.length <= HEADER_LINE_MAX_CHARS && TRAILER_LINE_RE.test(b.text)).map((b) => tag(b, "trailer"));
}

/** Leading blocks of the container that are metadata lines get the "header" tag too. */
export function tagLeadingHeaderLines(blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph" && b.text.length >= MIN_PARAGRAPH_CHARS && !isHeaderLine(b)) return;
    if (isHeaderLine(b)) tag(b, "header");
  }
}

function isHeaderLine(b: Block): boolean {
  if (b.kind === "heading") return true;
  if (b.text.length > HEADER_LINE_MAX_CHARS) return false;
  return META_LINE_RE.test(b.text) || DATE_RE.test(b.text) || SUBTITLE_LINE_RE.test(b.text);
}

function tag(b: Block, name: string): Block {
  b.tags = b.tags?.includes(name) ? b.tags : [...(b.tags ?? []), name];
  return b;
}

/** 3 = h1, 2 = h2/title-named, 1 = h3, 0 = not a headline. */
function headlineKind(s: ElementStats): number {
  if (s.tag === "h1") return 3;
  if (s.tag === "h2" || (TITLE_HINT_RE.test(hintOf(s)) && !NEGATIVE_HINT_RE.test(hintOf(s)))) return 2;
  return s.tag === "h3" ? 1 : 0;
}

function isProse(s: ElementStats): boolean {
  return s.ownChars >= MIN_PARAGRAPH_CHARS && s.ownPunct > 0 && !HEADING_TAG_RE.test(s.tag);
}

/** Joined lines are cleaned again: two harmless halves can make a tag (`<on` + `…>`). */
function blockText(s: ElementStats, page: PageStats): string {
  return toBlockText(emitBlocks([s], page).map((b) => b.text).join(" "));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Rank added to a heading that is only a site's name: below any other h1–h3. */
const SITE_NAME_RANK = -3;
/** Rank of a page title that starts with the heading (`Headline_Site`: the article's headline). */
const TITLE_STARTS_RANK = 20;
/** Rank of a page title that only contains the heading (a site-logo `<h1>` is in `Headline_Site` too). */
const TITLE_CONTAINS_RANK = 10;

/**
 * How well the page titles repeat a heading: `<title>`/og:title starting with it (or it extending
 * a title) beats merely containing it, so the article's `<h2>` beats a site-logo `<h1>` whose
 * name is the title's suffix (fixtures nanxi-logo-h1-html, baishui-logo-h1-gbk-html).
 */
function titleMatchRank(titles: readonly string[], headline: string): number {
  if (headline.length < HEADLINE_MIN_CHARS) return 0;
  let rank = 0;
  for (const t of titles) {
    if (t.startsWith(headline) || headline.startsWith(t)) return TITLE_STARTS_RANK;
    if (t.includes(headline) || headline.includes(t)) rank = TITLE_CONTAINS_RANK;
  }
  return rank;
}
