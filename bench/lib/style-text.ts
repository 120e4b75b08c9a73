// Plain page text in the shapes of the seeds 001 (portal), 002 (journal) and 004 (local site):
// the article's lines mixed with the boilerplate a scraper saved with them.
import type { ArticleSpec } from "./article-spec.ts";
import * as bp from "./boilerplate.ts";
import { dashMinute, oneLineDate, splitDateLines } from "./date-formats.ts";
import type { Rng } from "./prng.ts";

const IMAGE_SHARE = 0.2;
const CAPTION_SHARE = 0.12;

const columnPrefix = (s: ArticleSpec, space = ""): string => (s.column ? `【${s.column}】${space}` : "");
/** 1–3 blank lines between blocks, as the seeds have them. */
const gap = (rng: Rng): string => "\n".repeat(rng.int(2, 4));

/** Body blocks with bare image file names and orphan photo captions between them. */
function bodyLines(
  rng: Rng,
  s: ArticleSpec,
  dress: (text: string) => string,
  captions: readonly string[],
): string[] {
  const out: string[] = [];
  for (const block of s.blocks) {
    out.push(dress(block.text));
    if (rng.chance(IMAGE_SHARE)) out.push(bp.imageFileName(rng));
    if (rng.chance(CAPTION_SHARE)) out.push(`${rng.pick(captions)}。`);
  }
  return out;
}

export function renderPortal(rng: Rng, s: ArticleSpec, captions: readonly string[]): string {
  const half = rng.chance(0.6);
  const dress = (t: string) => (half ? bp.halfWidth(t) : t);
  const head: string[] = [];
  if (rng.chance(0.8)) head.push(bp.contactLine(rng));
  head.push(columnPrefix(s) + s.title + (rng.chance(0.7) ? bp.spamTitleSuffix(rng) : ""));
  if (rng.chance(0.5)) head.push(s.title);
  if (s.subtitle) head.push(`——${s.subtitle}`);
  const sourceInHeader = s.sourceAs !== null && rng.chance(0.6);
  if (s.dated) {
    const source = sourceInHeader ? `  来源：${s.sourceAs}` : "";
    head.push(`${rng.pick(["发布时间：", "时间：", ""])}${oneLineDate(rng, s.date)}${source}`);
  } else if (sourceInHeader) head.push(`来源：${s.sourceAs}`);
  if (s.byline) head.push(s.byline);
  const tail: string[] = [];
  if (s.sourceAs !== null && !sourceInHeader) tail.push(`文章来源：${s.sourceAs}`);
  if (s.credits.length) tail.push(bp.creditsLine(s.credits, half ? ":" : "："));
  if (rng.chance(0.5)) tail.push(...bp.COMMENT_WIDGET);
  if (rng.chance(0.5)) tail.push(`关注${bp.spamName(rng)}官网`);
  tail.push(...(rng.chance(0.5) ? [s.pub.name] : []), "微信公众号", "手机客户端", "网站地图");
  const lines = [...head, ...bodyLines(rng, s, dress, captions), ...tail];
  return lines.map((l) => l + gap(rng)).join("");
}

export function renderJournal(rng: Rng, s: ArticleSpec): string {
  const indent = rng.pick(["  ", "\u3000\u3000"]);
  const out: string[] = [];
  if (rng.chance(0.9)) out.push(bp.spamHeader(rng));
  out.push(columnPrefix(s) + s.title);
  if (s.subtitle) out.push(`——${s.subtitle}`);
  const issue = `${s.date.year}/${rng.int(1, 12)}`;
  out.push(
    rng.chance(0.5)
      ? `来源:《${s.sourceAs}》${issue} 作者:${s.author} ${dashMinute(s.date)}`
      : `来源：《${s.sourceAs}》 作者：${s.author} ${dashMinute(s.date)}`,
  );
  for (const b of s.blocks) out.push(b.kind === "heading" ? b.text : indent + b.text);
  if (s.credits.length) out.push(bp.creditsLine(s.credits, "："));
  out.push(bp.contactLine(rng), bp.contactLine(rng), bp.shareLine(rng));
  return out.map((l) => l + gap(rng)).join("");
}

export function renderLocal(rng: Rng, s: ArticleSpec, captions: readonly string[]): string {
  const out: string[] = [`电话: ${bp.phoneNumber(rng)}`];
  if (rng.chance(0.7)) out.push(`Q Q: ${bp.qqNumber(rng)}`);
  out.push(bp.pageDateWidget(rng, s.date), columnPrefix(s, " ") + s.title);
  if (s.subtitle) out.push(`——${s.subtitle}`);
  out.push(...(rng.chance(0.6) ? splitDateLines(s.date) : [dashMinute(s.date)]));
  out.push(rng.pick(["本站", "来源：本站", "本网"]), bp.viewCount(rng));
  out.push(...bodyLines(rng, s, (t) => t, captions));
  if (s.credits.length) out.push(bp.creditsLine(s.credits));
  out.push(bp.copyrightFooter(rng, s.pub, rng.pick(s.pub.aliases)));
  return out.map((l) => l + gap(rng)).join("");
}
