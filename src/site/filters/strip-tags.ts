// HTML → plain text for excerpts and reading time: comments, script/style contents and tags go,
// the few entities our bodies contain are decoded. Not a sanitizer (see ../sanitize-html.ts).
//
// Defined by five regex passes (stripTagsByPasses), each over the whole body. Bodies as the site
// has them (sanitized: plain tags, no comments or scripts) take one scan instead, which gives the
// same text; the scan hands anything whose passes could interact (a comment, a script/style/
// template element, a `<` inside a tag) back to the passes.
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const RAW_TEXT_RE = /<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** A tag, or an unterminated `<x…` at the very end (as a cut-off body would have). */
const TAG_RE = /<\/?[A-Za-z][^>]*(?:>|$)/g;
const BLOCK_END_RE = /<\/(?:p|h[1-6]|li|div|blockquote)\s*>/gi;
const ENTITY_RE = /&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g;
const ENTITIES: Record<string, string> = {
  "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " ",
};

/** What lies between `<` and `>` of a closing tag BLOCK_END_RE turns into a space. */
const BLOCK_END_INSIDE_RE = /^\/(?:p|h[1-6]|li|div|blockquote)\s*$/i;
/** Opening tags RAW_TEXT_RE removes with their content (checked on the 8 characters after `<`). */
const RAW_TEXT_START_RE = /^(?:script|style|template)\b/i;
const RAW_TEXT_PROBE_LENGTH = 9;
const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The text the passes give before entities are decoded, in one scan; null where only the passes will do. */
function stripTagsOneScan(html: string): string | null {
  let out = "";
  let last = 0;
  let at = html.indexOf("<");
  while (at >= 0) {
    const next = html.charCodeAt(at + 1);
    const closing = next === SLASH;
    const nameStart = closing ? at + 2 : at + 1;
    if (next === BANG) return null; // a comment (removed first, before anything else)
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      at = html.indexOf("<", at + 1); // a literal `<`: text
      continue;
    }
    if (!closing && RAW_TEXT_START_RE.test(html.slice(nameStart, nameStart + RAW_TEXT_PROBE_LENGTH))) return null;
    const end = html.indexOf(">", nameStart);
    const following = html.indexOf("<", nameStart);
    // A `<` inside the tag may start a comment, raw text or block end that the passes see first.
    if (following >= 0 && (end < 0 || following < end)) return null;
    out += html.slice(last, at);
    if (end < 0) return out; // an unterminated tag runs to the end
    if (closing && BLOCK_END_INSIDE_RE.test(html.slice(at + 1, end))) out += " ";
    last = end + 1;
    at = following;
  }
  return out + html.slice(last);
}

/** The definition: comments, raw-text elements, block ends (→ space), tags, then entities. */
export function stripTagsByPasses(html: string): string {
  return html
    .replace(COMMENT_RE, "")
    .replace(RAW_TEXT_RE, "")
    .replace(BLOCK_END_RE, " ")
    .replace(TAG_RE, "")
    .replace(ENTITY_RE, (e) => ENTITIES[e]);
}

export function stripTags(html: string): string {
  const text = stripTagsOneScan(html);
  if (text === null) return stripTagsByPasses(html);
  return text.includes("&") ? text.replace(ENTITY_RE, (e) => ENTITIES[e]) : text;
}
