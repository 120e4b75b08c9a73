// `npx tsx scripts/new-fixture.ts <raw-file> <slug>`: scaffold test/fixtures/<slug>/ from a raw
// file. The source is copied byte for byte; expected-meta.json, expected-body.txt and expected.json
// are written from the CURRENT engine output, as a draft for a human to correct by hand (they are
// the truth the gate measures against, not a snapshot). It never touches an existing case.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { ingest } from "../src/ingest/index.ts";
import type { Article } from "../src/types.ts";
import { FIXTURES_DIR, loadRegistry, META_FIELDS, type ExpectedMeta, type Snippets } from "./eval-lib.ts";

/** A slug is a folder name: lower-case ASCII words joined by hyphens (`qujing-portal`). */
const CASE_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Source extensions kept as they are; `.htm` becomes `.html`, anything else `.txt`. */
const EXTENSIONS: Record<string, string> = { ".txt": "txt", ".md": "md", ".html": "html", ".htm": "html" };

function draftMeta(a: Article | null): ExpectedMeta {
  return Object.fromEntries(META_FIELDS.map((f) => [f, a ? a[f] : null])) as ExpectedMeta;
}

export function scaffold(rawPath: string, slug: string, root = FIXTURES_DIR): string[] {
  if (!CASE_SLUG_RE.test(slug)) throw new Error(`case name "${slug}" must be lower-case ASCII words joined by hyphens`);
  const dir = join(root, slug);
  if (existsSync(dir)) throw new Error(`${dir} exists: edit its expectations by hand (scaffolding never overwrites them)`);
  const ext = EXTENSIONS[extname(rawPath).toLowerCase()] ?? "txt";
  const bytes = new Uint8Array(readFileSync(rawPath));
  let article: Article | null = null;
  let note = "";
  try {
    article = ingest({ path: rawPath, bytes }, { publications: loadRegistry() });
  } catch (e) {
    note = `engine failed: ${e instanceof Error ? e.message : String(e)}`;
  }
  mkdirSync(dir, { recursive: true });
  copyFileSync(rawPath, join(dir, `source.${ext}`));
  writeFileSync(join(dir, "expected-meta.json"), `${JSON.stringify(draftMeta(article), null, 2)}\n`);
  writeFileSync(join(dir, "expected-body.txt"), `${(article?.blocks ?? []).map((b) => b.text).join("\n")}\n`);
  const snippets: Snippets = { description: `DRAFT from the engine, correct by hand. ${note}`.trim(), with: [], without: [] };
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(snippets, null, 2)}\n`);
  return [
    `scaffolded ${dir} (source.${ext})`,
    ...(note ? [note] : []),
    "now correct expected-meta.json and expected-body.txt by hand (what a careful editor would keep),",
    "add with/without snippets and a description to expected.json, and a publications.json if the case needs one.",
  ];
}

function main(argv: string[]): void {
  const [raw, slug] = argv;
  if (!raw || !slug) throw new Error("usage: npx tsx scripts/new-fixture.ts <raw-file> <case-slug>");
  process.stdout.write(`${scaffold(raw, slug).join("\n")}\n`);
}

if (process.argv[1]?.endsWith("new-fixture.ts")) main(process.argv.slice(2));
