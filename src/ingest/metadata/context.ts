// What every metadata ladder reads: the blocks as read (before cleaning), the reader's hints,
// the file's front matter and the registry. Ladders mark the blocks they used (`meta:<field>`),
// and the first cleaning rule takes marked blocks out of the body.
import { isProse } from "../zones.ts";
import { normalizePublicationName } from "../../article/publications.ts";
import type { Block, InputKind, MetaHints, Publication } from "../../types.ts";

export interface MetaContext {
  readonly file: string;
  readonly kind: InputKind;
  readonly blocks: Block[];
  readonly hints: MetaHints;
  readonly frontMatter: Record<string, unknown>;
  /** Headline the reader found in structure (HTML `<h1>`). */
  readonly readerTitle?: string;
  readonly publications: readonly Publication[];
  /** Index of the first prose block: blocks before it are the header zone. */
  readonly headerEnd: number;
  /** Index of the last prose block: blocks after it are the footer zone. */
  readonly lastProse: number;
  readonly warnings: string[];
}


/**
 * The registry's names and aliases, normalised once per registry array (a batch passes the same
 * array to every ingest; header lines are looked up many times each). A memo, not state: it is
 * rebuilt when the array's length changes, and it goes with the array.
 */
const knownNames = new WeakMap<readonly Publication[], { size: number; names: ReadonlySet<string> }>();

/** `text` is exactly a known publication's name or alias (same test as findPublication, indexed). */
export function isKnownPublication(text: string, ctx: MetaContext): boolean {
  let index = knownNames.get(ctx.publications);
  if (!index || index.size !== ctx.publications.length) {
    const names = new Set(ctx.publications.flatMap((p) => [p.name, ...(p.aliases ?? [])].map(normalizePublicationName)).filter(Boolean));
    index = { size: ctx.publications.length, names };
    knownNames.set(ctx.publications, index);
  }
  return index.names.has(normalizePublicationName(text));
}

export function mark(ctx: MetaContext, index: number, field: string): void {
  const block = ctx.blocks[index];
  block.tags = [...(block.tags ?? []), `meta:${field}`];
}

export function isMarkedBlock(block: Block): boolean {
  return block.tags?.some((t) => t.startsWith("meta:")) ?? false;
}

/** A string value of the front matter (numbers are stringified; anything else is absent). */
export function fmString(ctx: MetaContext, key: string): string | null {
  const v = ctx.frontMatter[key];
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

/** The first prose paragraphs after the header, where a dateline (`X讯（记者 Y）…`) may open the article. */
export function* leadingProse(ctx: MetaContext, count: number): Generator<string> {
  let seen = 0;
  for (let i = ctx.headerEnd; i < ctx.blocks.length && seen < count; i++) {
    const text = ctx.blocks[i].text;
    if (!isProse(text)) continue;
    seen++;
    yield text;
  }
}
