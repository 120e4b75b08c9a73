// What must never reach a reader from an article: elements that run or embed things, event
// handler attributes, and URLs with an executable scheme. Used on post bodies, whole pages and
// feed content.
import * as cheerio from "cheerio";

/** Elements that run code, embed other documents or restyle/redirect the page. */
export const ACTIVE_ELEMENTS = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base", "form", "svg", "math", "template", "noscript"];
/** URL-valued attributes. */
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset"];
/** Schemes that run code (data: can carry HTML or SVG with script). */
const EXECUTABLE_URL_RE = /^\s*(javascript|vbscript|data|livescript):/i;
/** An image as a data: URL: inert where the browser loads it as an image (`<img src>`, `<link rel="icon">`). */
const DATA_IMAGE_RE = /^\s*data:image\//i;
/** Characters browsers ignore inside a scheme (`java\tscript:`). */
const IGNORED_IN_SCHEME_RE = /[\u0000-\u0020\u007f-\u009f]/g;

export interface ActiveOptions {
  /** Element names the page's own layout may contain (`script`, `link`, `meta`, …) — for whole pages. */
  allowElements?: string[];
}

/** Everything active in `html` (a fragment or a whole page), as readable findings. */
export function activeContent(html: string, { allowElements = [] }: ActiveOptions = {}): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  for (const name of ACTIVE_ELEMENTS) {
    if (allowElements.includes(name)) continue;
    $(name).each((_, el) => void found.push(`<${name}> ${$.html(el).slice(0, 80)}`));
  }
  $("*").each((_, el) => {
    if (el.type !== "tag") return;
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(attr)) found.push(`handler ${attr}="${value.slice(0, 60)}" on <${el.name}>`);
      if (attr === "srcdoc") found.push(`srcdoc on <${el.name}>`);
      const asImage = (el.name === "img" && attr === "src") || (el.name === "link" && attr === "href" && /(^|\s)icon(\s|$)/i.test(el.attribs.rel ?? ""));
      if (asImage && DATA_IMAGE_RE.test(value)) continue;
      if (URL_ATTRIBUTES.includes(attr.toLowerCase()) && EXECUTABLE_URL_RE.test(value.replace(IGNORED_IN_SCHEME_RE, ""))) {
        found.push(`${attr}="${value.slice(0, 60)}" on <${el.name}>`);
      }
      if (attr === "style" && /expression\s*\(|javascript:|url\s*\(/i.test(value)) found.push(`style="${value.slice(0, 60)}" on <${el.name}>`);
    }
  });
  return found;
}

/** Counts of each active element in a page (to compare a hostile post's page with a good one's). */
export function activeElementCounts(html: string): Record<string, number> {
  const $ = cheerio.load(html);
  return Object.fromEntries(ACTIVE_ELEMENTS.map((n) => [n, $(n).length]));
}
