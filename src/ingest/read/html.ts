// The HTML-page reader: a saved news page in, the article's Blocks and metadata hints out.
//
//   1. parse (cheerio with htmlparser2: ~2.5× faster than parse5, lenient with broken CMS HTML;
//      the `cheerio/slim` entry, which never loads parse5 or undici: ~0.25 s less per worker start);
//   2. hints from <meta>, JSON-LD, <time>, <title>, canonical (html-meta.ts), before cleaning;
//   3. one pass of cached text figures; script/style/noscript/iframe/nav/footer/aside/svg/
//      template, hidden blocks, forms without prose and comments are never walked (html-stats.ts);
//   4. the main container by content density, not by class names (html-score.ts);
//   5. the headline near it; the header zone between headline and text — date/source/author
//      lines of CMS `div.info` blocks — as leading Blocks tagged "header"; credit lines right
//      after the text as Blocks tagged "trailer" (html-header.ts). They are Blocks, not hints,
//      so that the text engine's metadata ladders and credit rules read them like page text;
//   6. the container's Blocks in reading order (html-blocks.ts). The headline itself is not a
//      Block: it is returned as `title` and first in `hints.title`.
//
// Output is plain text only: no markup, no script URL, no event handler survives (html-text.ts).
import * as cheerio from "cheerio/slim";
import type { Block, MetaHints } from "../../types.ts";
import { emitBlocks } from "./html-blocks.ts";
import { findHeadline, headerBlocks, tagLeadingHeaderLines, trailerBlocks, type Headline } from "./html-header.ts";
import { compactHints, readMetaHints, unique } from "./html-meta.ts";
import { TITLE_STRONG_SEPARATOR_RE, TITLE_SUFFIX_RE } from "./html-patterns.ts";
import { findMainText } from "./html-score.ts";
import { collectStats, type PageStats } from "./html-stats.ts";

/** What readHtml returns; `title` is the best headline guess (h1 near the text, else og:title,
 *  else `<title>` without its site suffix). */
export type HtmlReading = { blocks: Block[]; hints: MetaHints; title?: string };

/** htmlparser2 in HTML mode (cheerio's `xml` option with `xmlMode: false`); start indices give
 *  each Block the source line it came from (`line`, for reports). */
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true } } as const;

/**
 * Read a saved HTML page; never throws. `file` is part of the readers' contract; this reader has
 * nothing to warn about (a missing field is the metadata ladders' warning), so it is unused.
 */
export function readHtml(text: string, file: string): { blocks: Block[]; hints: MetaHints; title?: string } {
  void file;
  const $ = cheerio.load(text, PARSE_OPTIONS);
  const root = $.root()[0]!;
  const { hints, pageTitle } = readMetaHints(root);
  const page = collectStats(root, text);
  const main = findMainText(page);
  let headline: Headline | null = null;
  let blocks: Block[];
  if (main) {
    headline = findHeadline(page, main, hints.title ?? []);
    const body = emitBlocks(main.parts, page, { prune: true, skip: headline ? new Set([headline.el]) : undefined });
    tagLeadingHeaderLines(body);
    blocks = [...headerBlocks(page, main, headline), ...body, ...trailerBlocks(page, main)];
  } else {
    blocks = emitBlocks(topLevel(page), page, { prune: true });
    tagLeadingHeaderLines(blocks);
  }
  const ogTitle = hints.title?.find((t) => t !== pageTitle);
  const title = headline?.text || ogTitle || (pageTitle ? stripSiteSuffix(pageTitle) : undefined);
  const out = compactHints({ ...hints, title: unique([headline?.text ?? "", ...(hints.title ?? [])]) });
  return title ? { blocks, hints: out, title } : { blocks, hints: out };
}

/** `标题_XX网` / `标题-XX官网` / `标题 | XX` → `标题`; strong separators repeat (`标题_栏目_XX网`). */
export function stripSiteSuffix(title: string): string {
  let t = title.trim();
  for (let m = TITLE_SUFFIX_RE.exec(t); m; m = TITLE_SUFFIX_RE.exec(t)) {
    t = m[1]!.trim();
    if (!TITLE_STRONG_SEPARATOR_RE.test(m[2]!)) break;
  }
  return t;
}

/** No prose anywhere, or a fragment of top-level paragraphs: every top-level element is walked
 *  (link lists and chrome-named widgets pruned), and the text engine decides the rest. */
function topLevel(page: PageStats) {
  return page.elements.filter((s) => s.parent < 0 && !s.dropped);
}
