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
/** Opening tags RAW_TEXT_RE removes with their content, checked on the characters after `<`: */
const RAW_TEXT_START_RE = /^(?:script|style|template)\b/i;
/** as many as the longest name and the one after it (for `\b`). */
const RAW_TEXT_PROBE_LENGTH = "template".length + 1;
const SLASH = 0x2f;
const BANG = 0x21;
/** textRuns' mark for a block end (a space in the text), in place of a range's start and end. */
export const BLOCK_END_SPACE = -1;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Where the text the passes keep lies, in one scan: `[start, end, start, end, …]` ranges of `html`
 * in order, a block end's space written as the range `[BLOCK_END_SPACE, BLOCK_END_SPACE]`;
 * entities not yet decoded. Null where only the passes will do.
 */
export function textRuns(html: string): number[] | null {
  const runs: number[] = [];
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
    if (at > last) runs.push(last, at);
    if (end < 0) return runs; // an unterminated tag runs to the end
    if (closing && BLOCK_END_INSIDE_RE.test(html.slice(at + 1, end))) runs.push(BLOCK_END_SPACE, BLOCK_END_SPACE);
    last = end + 1;
    at = following;
  }
  if (html.length > last) runs.push(last, html.length);
  return runs;
}

/** The text of textRuns' ranges. */
function joinRuns(html: string, runs: readonly number[]): string {
  let out = "";
  for (let r = 0; r < runs.length; r += 2) out += runs[r] === BLOCK_END_SPACE ? " " : html.slice(runs[r], runs[r + 1]);
  return out;
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
  const runs = textRuns(html);
  if (runs === null) return stripTagsByPasses(html);
  const text = joinRuns(html, runs);
  return text.includes("&") ? text.replace(ENTITY_RE, (e) => ENTITIES[e]) : text;
}
