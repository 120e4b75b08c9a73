// npm run -s import -- FILE|DIR... --out DIR [--force]
// Writes one YYYY-MM-DD-<slug>.md (or <slug>.md when undated) per input in the target layout,
// atomically, never overwriting an existing file without --force; prints a summary table and,
// on long runs, progress lines on stderr. Exit 1 if any input failed.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { renderPost } from "../article/render.ts";
import { ingest } from "../ingest/index.ts";
import type { Article, Publication } from "../types.ts";
import { errorMessage } from "./extract.ts";
import { expandInputs, loadPublications, loadSiteUrl, parseArgs, readInput } from "./inputs.ts";
import { formatSummary, type ImportRow } from "./summary.ts";
import { writeFileAtomic } from "./write-atomic.ts";

/** Show progress lines when a run has more inputs than this. */
export const PROGRESS_MIN_FILES = 200;
/** One progress line every this many inputs. */
export const PROGRESS_EVERY_FILES = 500;

/** `2021-12-15T10:03:12+08:00` → `2021-12-15-<slug>.md` (the date as written, in its own offset). */
export function postFileName(a: Pick<Article, "date" | "slug">): string {
  return a.date ? `${a.date.slice(0, 10)}-${a.slug}.md` : `${a.slug}.md`;
}

export interface ImportOptions {
  out: string;
  force: boolean;
  publications: Publication[];
  siteUrl: string;
  progress?: (done: number, total: number) => void;
}

export function importFiles(files: string[], o: ImportOptions): ImportRow[] {
  mkdirSync(o.out, { recursive: true });
  const inputs = new Set(files.map((f) => resolve(f)));
  const written = new Map<string, string>(); // output path → input that wrote it in this run
  return files.map((file, i) => {
    if (o.progress && (i + 1) % PROGRESS_EVERY_FILES === 0) o.progress(i + 1, files.length);
    try {
      const article = ingest({ path: file, bytes: readInput(file) }, { publications: o.publications });
      const target = join(o.out, postFileName(article));
      const abs = resolve(target);
      if (inputs.has(abs)) throw new Error(`refusing to overwrite the input file ${target}`);
      const earlier = written.get(abs);
      if (earlier) throw new Error(`${target} was already written from ${earlier} in this run (same date and slug)`);
      writeFileAtomic(target, renderPost(article, { siteUrl: o.siteUrl }), { force: o.force });
      written.set(abs, file);
      return { file, out: target, article };
    } catch (e) {
      return { file, error: errorMessage(e).replace(`${file}: `, "") };
    }
  });
}

export function main(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, ["out", "publications", "site-url"]);
  if (flags.help || positional.length === 0 || typeof flags.out !== "string") {
    process.stderr.write("usage: npm run -s import -- FILE|DIR... --out DIR [--force] [--site-url URL]\n");
    return flags.help ? 0 : 2;
  }
  const { files, errors } = expandInputs(positional);
  const rows: ImportRow[] = [
    ...errors,
    ...importFiles(files, {
      out: flags.out,
      force: flags.force === true,
      publications: loadPublications(process.cwd(), typeof flags.publications === "string" ? flags.publications : undefined),
      siteUrl: typeof flags["site-url"] === "string" ? flags["site-url"] : loadSiteUrl(),
      progress:
        files.length > PROGRESS_MIN_FILES
          ? (done, total) => process.stderr.write(`import: ${done}/${total} files…\n`)
          : undefined,
    }),
  ];
  process.stdout.write(formatSummary(rows));
  return rows.some((r) => "error" in r) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
