// Subtitle: the `——` line right under the title (text, markdown), or the first `——` header line
// under an HTML headline (`<h4 class="sub">——…</h4>`, `<h2>——…</h2>`, a first `<p>——…</p>`).
import type { Found } from "../../types.ts";
import { SUBTITLE_RE } from "../patterns.ts";
import { collapseSpaces } from "../rules/normalize-whitespace.ts";
import { fullWidthPunctuation } from "../rules/normalize-punctuation.ts";
import { MAX_SUBTITLE_CHARS } from "../thresholds.ts";
import { fmString, isMarkedBlock, mark, type MetaContext } from "./context.ts";

/**
 * The `——` line right under the title. A `——` line under a repeat of the column name (seed 001:
 * `辉煌十三五…` / `——竹山县…之(1)`) belongs to the column, not to this article: marked, not kept.
 */
export function findSubtitle(ctx: MetaContext): Found<string | null> {
  const fm = fmString(ctx, "subtitle");
  let found: Found<string | null> = fm ? { value: fm, via: "front-matter" } : { value: null, via: "none" };
  for (let i = 0; i + 1 < ctx.blocks.length; i++) {
    const tags = ctx.blocks[i].tags ?? [];
    const b = ctx.blocks[i + 1];
    const m = !isMarkedBlock(b) && b.text.length <= MAX_SUBTITLE_CHARS ? SUBTITLE_RE.exec(b.text) : null;
    if (!m) continue;
    if (tags.includes("meta:column")) mark(ctx, i + 1, "column");
    else if (tags.includes("meta:title") && found.value === null) {
      mark(ctx, i + 1, "subtitle");
      found = { value: fullWidthPunctuation(collapseSpaces(m[1])), via: "dash-line" };
    }
  }
  return found.value === null && ctx.readerTitle ? (htmlSubtitle(ctx) ?? found) : found;
}

/**
 * HTML: the headline is no block, so the subtitle is the first `——` line among the header lines
 * the reader found under it (`<h4 class="sub">——…</h4>`, `<h2>——…</h2>`, a first `<p>——…</p>`).
 */
function htmlSubtitle(ctx: MetaContext): Found<string> | null {
  for (let i = 0; i < ctx.headerEnd; i++) {
    const b = ctx.blocks[i];
    if (!b.tags?.includes("header")) return null;
    const m = !isMarkedBlock(b) && b.text.length <= MAX_SUBTITLE_CHARS ? SUBTITLE_RE.exec(b.text) : null;
    if (m) {
      mark(ctx, i, "subtitle");
      return { value: fullWidthPunctuation(collapseSpaces(m[1])), via: "html-dash-line" };
    }
  }
  return null;
}
