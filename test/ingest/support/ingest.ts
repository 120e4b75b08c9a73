// Helpers for the ingest tests: seeds, the registry, ingest from a string, one rule on a text.
import { readFileSync, readdirSync } from "node:fs";
import { validatePublications } from "../../../src/article/publications.ts";
import { ingest } from "../../../src/ingest/index.ts";
import { readLines } from "../../../src/ingest/read/text.ts";
import { createState } from "../../../src/ingest/state.ts";
import type { Article, CleanState, IngestOptions, Rule } from "../../../src/types.ts";

export const SEEDS_DIR = new URL("../../../posts/", import.meta.url);
export const PUBLICATIONS = validatePublications(
  JSON.parse(readFileSync(new URL("../../../_data/publications.json", import.meta.url), "utf8")),
);

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
    .sort();
}

export function seedBytes(prefix: string): { name: string; bytes: Uint8Array } {
  const name = seedNames().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in posts/`);
  return { name, bytes: new Uint8Array(readFileSync(new URL(name, SEEDS_DIR))) };
}

export function ingestSeed(prefix: string, options: IngestOptions = { publications: PUBLICATIONS }): Article {
  const { name, bytes } = seedBytes(prefix);
  return ingest({ path: name, bytes }, options);
}

export function ingestText(text: string, path = "case.txt", options: IngestOptions = { publications: PUBLICATIONS }): Article {
  return ingest({ path, bytes: new TextEncoder().encode(text) }, options);
}

/** Lines starting with `[meta] ` are marked as used by metadata (`meta:title`). */
const META_PREFIX = "[meta] ";

/** The state a rule sees for a plain text (one block per line, gaps kept). */
export function stateFor(text: string, markdown = false): CleanState {
  const blocks = readLines(text, markdown).map((b) =>
    b.text.startsWith(META_PREFIX) ? { ...b, text: b.text.slice(META_PREFIX.length), tags: ["meta:title"] } : b,
  );
  return createState("case.txt", markdown ? "markdown" : "text", blocks, {});
}

/** Run one rule on a text; the remaining blocks, one per line. */
export function runRule(rule: Rule, text: string): string {
  const state = stateFor(text, text.includes("\n#"));
  rule(state);
  return state.blocks.map((b) => b.text).join("\n");
}

/** Body text of an article: the blocks, one per line. */
export function bodyText(a: Article): string {
  return a.blocks.map((b) => b.text).join("\n");
}
