// The shape of a post file in the target layout, checked strictly: front matter, a body of
// <p>/<h2–h4> elements holding text only, the original URL, the backlinks line last.
import * as cheerio from "cheerio";

export interface PostParts {
  frontMatter: string;
  body: string;
  /** Everything after the body: `<url>` and the backlinks line, separated by blank lines. */
  tail: string[];
}

/** The backlinks line that ends every post: `[返回X新闻](…)｜[返回首页](…)` or just `[返回首页](…)`. */
export const BACKLINKS_RE = /^(\[返回[^\]\n]+新闻\]\([^)\s]+\)｜)?\[返回首页\]\([^)\s]+\)$/;

/** Split a post file; throws with a readable reason when it is not in the target layout. */
export function splitPost(text: string): PostParts {
  if (!text.startsWith("---\n")) throw new Error(`post does not start with front matter: ${JSON.stringify(text.slice(0, 40))}`);
  const end = text.indexOf("\n---\n", 3);
  if (end < 0) throw new Error("front matter is not closed");
  const frontMatter = text.slice(4, end + 1);
  const rest = text.slice(end + 5);
  const chunks = rest.split("\n\n");
  const tail: string[] = [];
  while (chunks.length > 1 && (BACKLINKS_RE.test(chunks[chunks.length - 1]) || /^<[^<>\s]+>$/.test(chunks[chunks.length - 1]))) {
    tail.unshift(chunks.pop()!);
  }
  if (!tail.length || !BACKLINKS_RE.test(tail[tail.length - 1])) throw new Error(`post does not end with the backlinks line: ${JSON.stringify(text.slice(-120))}`);
  return { frontMatter, body: chunks.join("\n\n"), tail };
}

const BODY_ELEMENTS = new Set(["p", "h2", "h3", "h4"]);

/**
 * A rendered body: top-level <p>/<h2>–<h4> elements only, balanced, text only inside, no
 * attributes but `class="em_media"` on the source line. Returns the elements' texts; throws otherwise.
 */
export function checkBody(body: string): string[] {
  for (const tag of BODY_ELEMENTS) {
    const open = body.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
    const close = body.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
    if (open !== close) throw new Error(`unbalanced <${tag}>: ${open} opened, ${close} closed`);
  }
  const $ = cheerio.load(body, null, false);
  const texts: string[] = [];
  for (const node of $.root().contents().toArray()) {
    if (node.type === "text") {
      if (node.data.trim()) throw new Error(`text outside any element: ${JSON.stringify(node.data.slice(0, 40))}`);
      continue;
    }
    if (node.type !== "tag" || !BODY_ELEMENTS.has(node.name)) throw new Error(`unexpected node in body: ${$.html(node).slice(0, 80)}`);
    const attrs = Object.entries(node.attribs);
    if (attrs.length && !(node.name === "p" && attrs.length === 1 && attrs[0][0] === "class" && attrs[0][1] === "em_media")) {
      throw new Error(`unexpected attributes: ${$.html(node).slice(0, 80)}`);
    }
    if (node.children.some((c) => c.type !== "text")) throw new Error(`markup inside a block: ${$.html(node).slice(0, 80)}`);
    texts.push($(node).text());
  }
  return texts;
}
