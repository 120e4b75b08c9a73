// npm run -s extract -- FILE...
// Prints one JSON array, one object per input:
//   {file, title, subtitle, date, source, category, tags, author, url, slug, body, warnings}
// or {file, error} for an input that cannot be read. Exit status 1 if any input failed.
import { pathToFileURL } from "node:url";
import { ingest } from "../ingest/index.ts";
import { EXTRACT_KEYS, type Article, type ExtractError, type ExtractRecord, type Publication } from "../types.ts";
import { expandInputs, loadPublications, parseArgs, readInput } from "./inputs.ts";

export function toRecord(a: Article): ExtractRecord {
  return Object.fromEntries(EXTRACT_KEYS.map((k) => [k, a[k]])) as ExtractRecord;
}

export function errorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg;
}

/** Extract every file; never throws for one bad input. */
export function extractFiles(files: string[], publications: Publication[]): (ExtractRecord | ExtractError)[] {
  return files.map((file) => {
    try {
      return toRecord(ingest({ path: file, bytes: readInput(file) }, { publications }));
    } catch (e) {
      return { file, error: errorMessage(e).replace(`${file}: `, "") };
    }
  });
}

export function main(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, ["publications"]);
  if (flags.help || positional.length === 0) {
    process.stderr.write("usage: npm run -s extract -- FILE|DIR... [--publications _data/publications.json]\n");
    return positional.length === 0 && !flags.help ? 2 : 0;
  }
  const publications = loadPublications(process.cwd(), typeof flags.publications === "string" ? flags.publications : undefined);
  const { files, errors } = expandInputs(positional);
  const records: (ExtractRecord | ExtractError)[] = [...errors, ...extractFiles(files, publications)];
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return records.some((r) => "error" in r) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
