// YAML front matter (`---` … `---`) of a post in the target layout. Parsed with the YAML 1.2
// core schema, so `date: 2021-12-15 10:03:12 +0800` stays the string it is (no Date, no UTC shift).
// A broken block never throws: it becomes a warning naming the problem, and the text is read on.
import { parse } from "yaml";

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
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  if (!OPEN_RE.test(text)) return { data: {}, body: text, present: false, warnings: [] };
  const rest = text.slice(text.indexOf("\n") + 1);
  const close = CLOSE_RE.exec(rest);
  if (!close) {
    const warning = `${file}: front matter: opening "---" has no closing "---"; read as plain text`;
    return { data: {}, body: text.slice(text.indexOf("\n") + 1), present: false, warnings: [warning] };
  }
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, "");
  try {
    const data: unknown = parse(yaml, { schema: "core", uniqueKeys: false, maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: {}, body, present: true, warnings: [] };
    if (typeof data !== "object" || Array.isArray(data)) {
      return { data: {}, body, present: true, warnings: [`${file}: front matter: not a mapping of keys; ignored`] };
    }
    return { data: data as Record<string, unknown>, body, present: true, warnings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { data: {}, body, present: true, warnings: [`${file}: front matter: invalid YAML (${reason}); ignored`] };
  }
}
