// Original URL ladder: front matter (`url`, `source_url`, `original_url`, `link`) → the post
// layout's `<http…>` line / HTML canonical → a `<http…>` or `原文链接：http…` line in the text.
import type { Found } from "../../types.ts";
import { ANGLE_URL_LINE_RE, URL_LABEL_RE } from "../patterns.ts";
import { fmString, mark, type MetaContext } from "./context.ts";

const FRONT_MATTER_KEYS = ["url", "source_url", "original_url", "link"];
const HTTP_RE = /^https?:\/\/\S+$/i;

export function findUrl(ctx: MetaContext): Found<string | null> {
  for (const key of FRONT_MATTER_KEYS) {
    const v = fmString(ctx, key);
    if (v && HTTP_RE.test(v)) return { value: v, via: "front-matter" };
  }
  const hint = ctx.hints.url?.find((u) => HTTP_RE.test(u.trim()));
  if (hint) return { value: hint.trim(), via: ctx.kind === "post" ? "post-link" : "html-canonical" };
  for (let i = 0; i < ctx.blocks.length; i++) {
    const text = ctx.blocks[i].text;
    const m = ANGLE_URL_LINE_RE.exec(text) ?? URL_LABEL_RE.exec(text);
    if (m) {
      mark(ctx, i, "url");
      return { value: m[1], via: "labelled" };
    }
  }
  return { value: null, via: "none" };
}
