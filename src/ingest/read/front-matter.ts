// YAML front matter (`---` … `---`) of a post in the target layout. Parsed with the YAML 1.2
// core schema, so `date: 2021-12-15 10:03:12 +0800` stays the string it is (no Date, no UTC shift).
// A broken block never throws: it becomes a warning naming the problem, and the text is read on.
import { parseDocument } from "yaml";

export interface FrontMatterSplit {
  /** Parsed keys (empty when there is none or it is broken). */
  data: Record<string, unknown>;
  /** The text after the closing `---` (or the whole text when there is no usable front matter). */
  body: string;
  /** True when the text opened with a complete `---` block (even if its YAML was broken). */
  present: boolean;
  warnings: string[];
}

const OPEN_RE = /^---[ \t]*\n/;
/** A line of simple YAML front matter: `key: value`, a list item, or an indented continuation. */
const YAML_LINE_RE = /^(?:[A-Za-z_][\w-]*:(?:\s.*)?|\s+\S.*|-\s.*|#.*|)$/;
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  if (!OPEN_RE.test(text)) return { data: {}, body: text, present: false, warnings: [] };
  const rest = text.slice(text.indexOf("\n") + 1);
  const close = CLOSE_RE.exec(rest);
  let yaml: string;
  let body: string;
  const warnings: string[] = [];
  if (close) {
    yaml = rest.slice(0, close.index);
    body = rest.slice(close.index + close[0].length).replace(/^\n/, "");
  } else {
    // Recover: the `key: value` lines at the top are the front matter, the rest is the body.
    const lines = rest.split("\n");
    let n = 0;
    while (n < lines.length && YAML_LINE_RE.test(lines[n]) && !/^\s*</.test(lines[n])) n++;
    yaml = lines.slice(0, n).join("\n");
    body = lines.slice(n).join("\n");
    warnings.push(`${file}: front matter: opening "---" has no closing "---"; read the first ${n} lines as front matter`);
  }
  try {
    // parseDocument never prints (YAML warnings become ours); errors are thrown below as before.
    const doc = parseDocument(yaml, { schema: "core", uniqueKeys: false, logLevel: "silent" });
    if (doc.errors.length) throw doc.errors[0];
    for (const w of doc.warnings) warnings.push(`${file}: front matter: ${w.message.split("\n")[0]}`);
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: {}, body, present: true, warnings };
    if (typeof data !== "object" || Array.isArray(data)) {
      return { data: {}, body, present: true, warnings: [...warnings, `${file}: front matter: not a mapping of keys; ignored`] };
    }
    return { data: data as Record<string, unknown>, body, present: true, warnings };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { data: {}, body, present: true, warnings: [...warnings, `${file}: front matter: invalid YAML (${reason}); ignored`] };
  }
}
