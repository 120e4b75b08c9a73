// Text → HTML text: the one escaping the renderer (render.ts) and the site (post model, sanitizer)
// share. Its own module so that the site does not load the renderer's YAML writer.

/** Characters escapeHtml replaces (most paragraphs have none). */
const HTML_SPECIAL_RE = /[&<>"]/;

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL_RE.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
