// The evaluation corpus (test/fixtures/<slug>/) and its scoring, shared by scripts/eval.ts,
// scripts/new-fixture.ts and test/eval.test.ts. The method is documented in test/fixtures/README.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePublications } from "../src/article/publications.ts";
import { ingest } from "../src/ingest/index.ts";
import type { Article, Publication } from "../src/types.ts";
import { overlap, squeeze, type Overlap } from "./eval-metrics.ts";

export const FIXTURES_DIR = "test/fixtures";
export const REGISTRY_PATH = "_data/publications.json";
/** File names of a case folder. The source is the one file named `source.<ext>`. */
export const SOURCE_RE = /^source\.(txt|md|html?)$/;
/** Metadata fields scored exactly (after trimming); `author` has its own rule (authorMatches). */
export const EXACT_FIELDS = ["title", "subtitle", "date", "source", "category"] as const;
export const META_FIELDS = [...EXACT_FIELDS, "author"] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type ExpectedMeta = Record<MetaField, string | null>;
/** A found author longer than this is not a byline but a paragraph that leaked into the field. */
export const MAX_AUTHOR_CHARS = 24;
/** Separators between names in an expected author (`张天文 黄明辉`, `杨秀梅、吴光明`). */
const NAME_SEPARATOR_RE = /[\s、，,／/]+/;

export interface Snippets {
  /** What the case tests, in one line. */
  description?: string;
  /** Snippets that must appear in the body (whitespace ignored). */
  with: string[];
  /** Boilerplate that must appear nowhere in the output (title, subtitle, author, byline, source, body). */
  without: string[];
}

export interface Case {
  slug: string;
  dir: string;
  sourcePath: string;
  meta: ExpectedMeta;
  /** expected-body.txt: one paragraph or heading per line (no byline, no source line, no credits). */
  body: string[];
  snippets: Snippets;
  /** The case's own publications.json (merged over the registry), if any. */
  publications: Publication[];
}

export interface CaseResult {
  slug: string;
  article: Article | null;
  error: string | null;
  fields: Record<MetaField, boolean>;
  found: Record<MetaField, string | null>;
  body: Overlap;
  /** `with` snippets found in the body / all `with` snippets (1 when there are none). */
  withRecall: number;
  withMissing: string[];
  /** `without` snippets found anywhere in the output / all `without` snippets (0 when none). */
  leakage: number;
  leaked: string[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Expected paragraphs: one per non-empty line of expected-body.txt. */
export function readBodyLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export function loadCase(dir: string, slug: string): Case {
  const source = readdirSync(dir).find((f) => SOURCE_RE.test(f));
  if (!source) throw new Error(`${dir}: no source.txt|md|html`);
  const pubPath = join(dir, "publications.json");
  return {
    slug,
    dir,
    sourcePath: join(dir, source),
    meta: readJson<ExpectedMeta>(join(dir, "expected-meta.json")),
    body: readBodyLines(readFileSync(join(dir, "expected-body.txt"), "utf8")),
    snippets: readJson<Snippets>(join(dir, "expected.json")),
    publications: existsSync(pubPath) ? validatePublications(readJson(pubPath), pubPath) : [],
  };
}

/** Every case folder under `root`, sorted by slug. */
export function loadCases(root = FIXTURES_DIR): Case[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => loadCase(join(root, slug), slug));
}

export function loadRegistry(path = REGISTRY_PATH): Publication[] {
  return validatePublications(readJson(path), path);
}

/** Registry entries, then the case's own entries (a case entry with the same name wins). */
export function mergePublications(base: readonly Publication[], extra: readonly Publication[]): Publication[] {
  const names = new Set(extra.map((p) => p.name));
  return [...base.filter((p) => !names.has(p.name)), ...extra];
}

/**
 * Author rule: expected null ⇔ found null; otherwise every name of the expected author occurs in
 * the found one (so `张天文 黄明辉` satisfies `黄明辉`) and the found one is a byline, not a paragraph
 * (at most MAX_AUTHOR_CHARS characters).
 */
export function authorMatches(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  const names = expected.trim().split(NAME_SEPARATOR_RE).filter(Boolean);
  const f = found.trim();
  return Array.from(f).length <= MAX_AUTHOR_CHARS && names.every((n) => f.includes(n));
}

function trimmed(v: string | null | undefined): string | null {
  return v === null || v === undefined ? null : v.trim();
}

/** Keeps metadata fields apart in the boilerplate check (not whitespace: squeeze would remove it). */
const FIELD_SEPARATOR = "\u0001";

/** Metadata a reader sees, for the boilerplate check (credits are metadata by design: not searched). */
function metaTexts(a: Article): string[] {
  return [a.title, a.subtitle, a.author, a.byline, a.source].filter((v): v is string => !!v);
}

export function scoreCase(c: Case, article: Article | null, error: string | null): CaseResult {
  const found = Object.fromEntries(
    META_FIELDS.map((f) => [f, article ? trimmed(article[f]) : null]),
  ) as Record<MetaField, string | null>;
  const fields = Object.fromEntries(
    META_FIELDS.map((f) => [
      f,
      article !== null && (f === "author" ? authorMatches(c.meta.author, found.author) : trimmed(c.meta[f]) === found[f]),
    ]),
  ) as Record<MetaField, boolean>;
  const blocks = article ? article.blocks.map((b) => b.text) : [];
  const bodyText = squeeze(blocks.join(""));
  // Blocks are glued together so that a fragment duplicated across a page break still shows.
  const allText = article ? squeeze([...metaTexts(article), blocks.join("")].join(FIELD_SEPARATOR)) : "";
  const withMissing = c.snippets.with.filter((s) => !article || !bodyText.includes(squeeze(s)));
  const leaked = c.snippets.without.filter((s) => allText.includes(squeeze(s)));
  const nWith = c.snippets.with.length;
  const nWithout = c.snippets.without.length;
  return {
    slug: c.slug,
    article,
    error,
    fields,
    found,
    body: overlap(blocks, c.body),
    withRecall: nWith === 0 ? 1 : (article ? nWith - withMissing.length : 0) / nWith,
    withMissing,
    leakage: nWithout === 0 ? 0 : leaked.length / nWithout,
    leaked,
  };
}

/** Ingest one case with the registry merged with the case's own publications. */
export function runCase(c: Case, registry: readonly Publication[]): CaseResult {
  const bytes = new Uint8Array(readFileSync(c.sourcePath));
  try {
    const article = ingest({ path: c.sourcePath, bytes }, { publications: mergePublications(registry, c.publications) });
    return scoreCase(c, article, null);
  } catch (e) {
    return scoreCase(c, null, e instanceof Error ? e.message : String(e));
  }
}
