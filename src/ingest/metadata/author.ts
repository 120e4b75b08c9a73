// Author ladder and the standalone byline. Author: front matter → `作者：X` → HTML meta (a
// person, not a site) → `文/X` → a byline line (`记者王雁博` → 王雁博, seed 003; `全媒体记者张国帆通讯员申万萍` →
// 张国帆, seed 000) → the dateline's parenthesis (`消费质量网讯(张天文 记者黄明辉)` → 黄明辉).
// Reporters (记者) are preferred over writers (作者) over correspondents (通讯员).
// The byline line itself is kept as the byline paragraph (rendered first, as in seed 000).
import type { Found } from "../../types.ts";
import { findPublicationIn } from "../../article/publications.ts";
import {
  AUTHOR_LABEL_RE,
  AUTHOR_ROLE_RANK,
  CREDIT_LINE_START_RE,
  BYLINE_MARK_RE, BYLINE_RE, DATELINE_RE, PHOTO_SLASH_RE, SITE_WORD_RE, WEN_SLASH_RE,
} from "../patterns.ts";
import { DATELINE_PROSE_BLOCKS, MAX_BYLINE_CHARS } from "../thresholds.ts";
import { isProse } from "../zones.ts";
import { fmString, isMarkedBlock, leadingProse, mark, type MetaContext } from "./context.ts";

/** A name: 2–4 Han characters that are not a role word themselves. */
const NAME = "(?!通讯员|记者|实习生|摄影|编辑|报道)[\\p{Script=Han}·]{2,4}?";
const STOP = "(?=$|[\\s、，,；;）)]|通讯员|记者|实习生|摄影|摄|报道|编辑)";
const ROLE_NAMES_RE = new RegExp(
  `(记者|作者|撰稿|通讯员|实习生)\\s*[：:]?\\s*(${NAME}${STOP}(?:[\\s、]+${NAME}${STOP})*)`,
  "gu",
);
const ROLE_PREFERENCE = ["记者", "作者", "撰稿", "通讯员", "实习生"];
const BARE_NAMES_RE = /^[\p{Script=Han}·]{2,4}(?:[\s、]+[\p{Script=Han}·]{2,4})*$/u;

/** Names in a byline, by preferred role: `全媒体记者张国帆通讯员申万萍` → `张国帆`. */
export function namesInByline(text: string): string | null {
  const byRole = new Map<string, string[]>();
  for (const m of text.matchAll(ROLE_NAMES_RE)) {
    const names = m[2].split(/[\s、]+/).filter(Boolean);
    byRole.set(m[1], [...(byRole.get(m[1]) ?? []), ...names]);
  }
  const role = ROLE_PREFERENCE.find((r) => byRole.has(r));
  return role ? byRole.get(role)!.join(" ") : null;
}

export function isBylineLine(text: string): boolean {
  return text.length <= MAX_BYLINE_CHARS && BYLINE_RE.test(text) && namesInByline(text) !== null;
}

/** Where the reporters' part of a scraped byline ends: correspondents, `菏泽报道`. */
const BYLINE_TAIL_RE = /\s*(?:(?:通讯员|实习生).*|[\p{Script=Han}]{0,4}报道)$/u;

/**
 * The byline as shown: a scraped byline keeps its reporters (`大众网·海报新闻记者 孙涛 通讯员
 * 李明 菏泽报道` → `大众网·海报新闻记者 孙涛`); a post's own byline paragraph is kept as written.
 */
export function bylineText(text: string, kind: MetaContext["kind"]): string {
  if (kind === "post") return text;
  const plain = text.replace(BYLINE_MARK_RE, ""); // `■ 记者 X` → `记者 X`
  if (!/记者/.test(plain)) return plain;
  const cut = plain.replace(BYLINE_TAIL_RE, "");
  return namesInByline(cut) ? cut : plain;
}

/** The standalone byline line in the header zone, marked; null when there is none. */
export function findByline(ctx: MetaContext): string | null {
  for (let i = 0; i < ctx.headerEnd; i++) {
    const b = ctx.blocks[i];
    if (b.kind !== "paragraph" || isMarkedBlock(b) || !isBylineLine(b.text)) continue;
    mark(ctx, i, "byline");
    return bylineText(b.text, ctx.kind);
  }
  return null;
}

/**
 * `作者：X`, `记者：X`, `通讯员：X`, `摄影：X` (best role first; ties: the first line) or `文/X` on a
 * header or short line. Every such label line leaves the body, except a credit line (`编辑：… 摄影：…`),
 * which is extract-credits' to read.
 */
function fromLabels(ctx: MetaContext): Found<string> | null {
  let best: (Found<string> & { rank: number }) | null = null;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const text = ctx.blocks[i].text;
    if (i >= ctx.headerEnd && isProse(text)) continue;
    const m = AUTHOR_LABEL_RE.exec(text);
    const wen = m ? null : WEN_SLASH_RE.exec(text);
    if (m) {
      const rank = AUTHOR_ROLE_RANK[m[1]] ?? 0;
      if (!isMarkedBlock(ctx.blocks[i]) && (rank < 2 || !best) && !CREDIT_LINE_START_RE.test(text)) mark(ctx, i, "author");
      if (!best || rank < best.rank) best = { value: m[2], via: "labelled", rank };
    } else if (wen && !isProse(text)) {
      mark(ctx, i, "author");
      if (!best || best.rank > 0) best = { value: wen[1].trim(), via: "wen-slash", rank: 0 };
    }
    if (best?.rank === 0) break;
  }
  return best ? { value: best.value, via: best.via } : null;
}

function fromDateline(ctx: MetaContext): Found<string> | null {
  for (const text of leadingProse(ctx, DATELINE_PROSE_BLOCKS)) {
    const inner = DATELINE_RE.exec(text)?.[2]?.trim();
    if (!inner) continue;
    const names = namesInByline(inner) ?? (BARE_NAMES_RE.test(inner) ? inner.split(/[\s、]+/).join(" ") : null);
    if (names) return { value: names, via: "dateline" };
  }
  return null;
}

/** An HTML author hint that is a person, not the site or a publication (`<meta name="author" content="XX日报">`). */
function fromHints(ctx: MetaContext): Found<string> | null {
  for (const hint of ctx.hints.author ?? []) {
    const value = namesInByline(hint) ?? hint.trim();
    if (value && !findPublicationIn(value, ctx.publications) && !SITE_WORD_RE.test(value)) return { value, via: "html-meta" };
  }
  return null;
}

/**
 * `图/X` photo credits (fixture fengyang-image-captions) are marked, so they leave the body; the
 * first one names the author only when nothing better does (a reporter's byline wins).
 */
function photoCredit(ctx: MetaContext): Found<string> | null {
  let found: Found<string> | null = null;
  for (let i = 0; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i];
    const m = b.text.length <= MAX_BYLINE_CHARS && !isMarkedBlock(b) ? PHOTO_SLASH_RE.exec(b.text) : null;
    if (!m) continue;
    mark(ctx, i, "photo");
    found ??= { value: m[1].trim(), via: "photo-credit" };
  }
  return found;
}

export function findAuthor(ctx: MetaContext, byline: string | null): Found<string | null> {
  const fm = fmString(ctx, "author");
  if (fm) return { value: fm, via: "front-matter" };
  const photo = photoCredit(ctx);
  const labelled = fromLabels(ctx) ?? fromHints(ctx);
  if (labelled) return labelled;
  const fromByline = byline ? namesInByline(byline) : null;
  if (fromByline) return { value: fromByline, via: "byline" };
  return fromDateline(ctx) ?? photo ?? { value: null, via: "none" };
}
