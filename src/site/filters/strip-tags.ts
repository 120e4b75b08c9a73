// HTML → plain text for excerpts and reading time: comments, script/style contents and tags go,
// the few entities our bodies contain are decoded. Not a sanitizer (see ../sanitize-html.ts).
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const RAW_TEXT_RE = /<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** A tag, or an unterminated `<x…` at the very end (as a cut-off body would have). */
const TAG_RE = /<\/?[A-Za-z][^>]*(?:>|$)/g;
const BLOCK_END_RE = /<\/(?:p|h[1-6]|li|div|blockquote)\s*>/gi;
const ENTITY_RE = /&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g;
const ENTITIES: Record<string, string> = {
  "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " ",
};

export function stripTags(html: string): string {
  return html
    .replace(COMMENT_RE, "")
    .replace(RAW_TEXT_RE, "")
    .replace(BLOCK_END_RE, " ")
    .replace(TAG_RE, "")
    .replace(ENTITY_RE, (e) => ENTITIES[e]);
}
