// Metadata: one fallback ladder per field, each returning { value, via }. Runs on the blocks as
// read, before cleaning (as trafilatura does), so header and footer lines are still there to be
// read; the ladders mark the lines they used and the cleaning rules take those out of the body.
// Order matters: the title is found first (its line is then no date or source candidate).
import type { ArticleMeta, Block, InputKind, MetaHints, Publication } from "../../types.ts";
import { isBoilerplate } from "../boilerplate.ts";
import { headerEnd, lastProse } from "../zones.ts";
import { findAuthor, findByline } from "./author.ts";
import type { MetaContext } from "./context.ts";
import { findDate } from "./date.ts";
import { findSource } from "./source.ts";
import { findTitle } from "./title.ts";
import { findUrl } from "./url.ts";

export interface MetaInput {
  file: string;
  kind: InputKind;
  blocks: Block[];
  hints: MetaHints;
  frontMatter: Record<string, unknown>;
  readerTitle?: string;
  publications: readonly Publication[];
}

export interface MetaResult {
  meta: ArticleMeta;
  /** The standalone byline paragraph, if any. */
  byline: string | null;
  warnings: string[];
}

export function extractMetadata(input: MetaInput): MetaResult {
  const { file, kind, blocks, hints, frontMatter, readerTitle, publications } = input;
  const ctx: MetaContext = {
    file,
    kind,
    blocks,
    hints,
    frontMatter,
    readerTitle,
    publications,
    headerEnd: headerEnd(input.blocks),
    lastProse: lastProse(input.blocks, isBoilerplate),
    warnings: [],
  };
  const { title, subtitle } = findTitle(ctx);
  const date = findDate(ctx);
  const source = findSource(ctx);
  const byline = findByline(ctx);
  const author = findAuthor(ctx, byline);
  const url = findUrl(ctx);
  return { meta: { title, subtitle, date, source, author, url }, byline, warnings: ctx.warnings };
}
