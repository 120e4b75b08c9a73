// ingest(raw): Article — the stages in order:
//   decode (bytes → text) → read (text → kind + blocks + hints + front matter)
//   → metadata (ladders over the blocks as read; used lines marked)
//   → clean (the named rules of the pipeline; a post already in the target layout is not
//     cleaned, so it renders back byte-identical) → toArticle (values, slug, rendered body).
// Only IngestError is thrown, and only for inputs that are no article at all; a rule that fails
// on some input is skipped with a warning instead of losing the article.
import type { Article, Credit, IngestOptions, RawDocument, Rule } from "../types.ts";
import { decode } from "./decode.ts";
import { extractMetadata } from "./metadata/index.ts";
import { createPipeline } from "./pipeline.ts";
import { read } from "./read/index.ts";
import type { Ruler } from "./ruler.ts";
import { isMarked } from "./rules/helpers.ts";
import { createState } from "./state.ts";
import { toArticle } from "./to-article.ts";

export { IngestError } from "./ingest-error.ts";
export { createPipeline, DEFAULT_RULES } from "./pipeline.ts";

/** `credits:` written by renderPost (`- { role: 编辑, name: 张可 }`), read back. */
function frontMatterCredits(fm: Record<string, unknown>): Credit[] {
  if (!Array.isArray(fm.credits)) return [];
  return fm.credits.filter(
    (c): c is Credit => typeof c === "object" && c !== null && typeof c.role === "string" && typeof c.name === "string",
  );
}

/** Run the enabled rules in order; a rule that throws is skipped and named in a warning. */
function runRules(pipeline: Ruler<Rule>, state: Parameters<Rule>[0], warnings: string[]): void {
  for (const { name, fn } of pipeline.entries()) {
    try {
      fn(state);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`${state.file}: rule "${name}" failed and was skipped (${reason})`);
    }
  }
}

/** ingest() with a pipeline the caller built (extended, reordered) from createPipeline(). */
export function ingestWith(raw: RawDocument, options: IngestOptions, pipeline: Ruler<Rule>): Article {
  const file = raw.path;
  const publications = options.publications ?? [];
  if (options.disable?.length) pipeline.disable(options.disable);
  const decoded = decode(file, raw.bytes);
  const doc = read(decoded.text, file);
  const warnings = [...doc.warnings];
  if (decoded.lossy) warnings.push(`${file}: encoding: some bytes could not be decoded (${decoded.encoding}) and were replaced with U+FFFD`);
  const { kind, blocks, hints, frontMatter } = doc;
  const meta = extractMetadata({ file, kind, blocks, hints, frontMatter, readerTitle: doc.title, publications });
  warnings.push(...meta.warnings);
  const state = createState(file, doc.kind, doc.blocks, doc.hints);
  state.credits.push(...frontMatterCredits(doc.frontMatter));
  if (doc.kind === "post") state.blocks = state.blocks.filter((b) => !isMarked(b));
  else runRules(pipeline, state, warnings);
  return toArticle({
    file,
    kind: doc.kind,
    encoding: decoded.encoding,
    meta: meta.meta,
    byline: meta.byline,
    blocks: state.blocks,
    state,
    frontMatter: doc.frontMatter,
    publications,
    warnings,
  });
}

export function ingest(raw: RawDocument, options: IngestOptions = {}): Article {
  return ingestWith(raw, options, createPipeline());
}
