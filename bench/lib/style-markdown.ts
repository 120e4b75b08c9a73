// Markdown-ish page text in the shape of seed 003: a two-line `#` headline, a `——` subtitle,
// a byline line, `##` section headings, photo captions between blank lines, and now and then a
// paragraph broken mid-word at a page break (`全面振` / `兴`).
import type { ArticleSpec } from "./article-spec.ts";
import { oneLineDate } from "./date-formats.ts";
import type { Rng } from "./prng.ts";

const CAPTION_SHARE = 0.15;
const PAGE_BREAK_SHARE = 0.2;
/** A page break falls at least this many characters from either end of the paragraph. */
const BREAK_MARGIN_CHARS = 10;
const PUNCT_RE = /[，。！？；：、“”（）]/;

/** Split a paragraph in the middle of a word, as a page break in the scraped page did. */
function breakParagraph(rng: Rng, text: string): string[] {
  const chars = [...text];
  if (chars.length < BREAK_MARGIN_CHARS * 3) return [text];
  for (let tries = 0; tries < 5; tries++) {
    const at = rng.int(BREAK_MARGIN_CHARS, chars.length - BREAK_MARGIN_CHARS);
    if (!PUNCT_RE.test(chars[at - 1]) && !PUNCT_RE.test(chars[at])) {
      return [chars.slice(0, at).join(""), chars.slice(at).join("")];
    }
  }
  return [text];
}

export function renderMarkdown(rng: Rng, s: ArticleSpec, captions: readonly string[]): string {
  const out: string[] = ["", ""];
  const [first, ...rest] = s.title.split(" ");
  out.push(`# ${first}`);
  if (rest.length) out.push(`# ${rest.join(" ")}`);
  if (s.subtitle) out.push(`——${s.subtitle}`);
  if (s.byline) out.push(s.byline);
  if (s.dated) out.push(`${rng.pick(["发布时间：", ""])}${oneLineDate(rng, s.date)}`);
  const breakAt = rng.chance(PAGE_BREAK_SHARE) ? rng.int(0, s.blocks.length - 1) : -1;
  s.blocks.forEach((b, i) => {
    if (b.kind === "heading") out.push(`## ${b.text}`);
    else out.push(...(i === breakAt ? breakParagraph(rng, b.text) : [b.text]));
    if (rng.chance(CAPTION_SHARE)) out.push("", rng.pick(captions), "");
  });
  if (s.sourceAs !== null) out.push(rng.pick([`来源：${s.sourceAs}`, `（来源：${s.sourceAs}）`, `本文来源：${s.sourceAs}`]));
  if (s.credits.length) out.push(s.credits.map((c) => `${c.role}：${c.name}`).join("  "));
  return `${out.join("\n\n")}\n`;
}
