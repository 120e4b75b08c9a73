// Shared by the CLIs: finding input files, reading them safely, loading the project's data.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { validatePublications } from "../article/publications.ts";
import type { Publication } from "../types.ts";

/** File endings taken when a folder is given (explicitly named files are always taken). */
export const INPUT_EXTENSIONS_RE = /\.(txt|md|markdown|html?|xhtml)$/i;
/** Refuse to read inputs larger than this: no news article is 32 MiB; a huge file is a mistake. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export interface InputFile {
  path: string;
}

/** Expand folders (recursively, sorted, dotfiles skipped) into files; keep named files as given. */
export function expandInputs(args: string[]): { files: string[]; errors: { file: string; error: string }[] } {
  const files: string[] = [];
  const errors: { file: string; error: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && INPUT_EXTENSIONS_RE.test(name)) files.push(p);
    }
  };
  for (const arg of args) {
    if (!existsSync(arg)) {
      errors.push({ file: arg, error: "no such file or folder" });
      continue;
    }
    const st = statSync(arg);
    if (st.isDirectory()) walk(arg);
    else files.push(arg);
  }
  return { files, errors };
}

/** Read a file's bytes, refusing folders and oversized files with a clear message. */
export function readInput(path: string): Uint8Array {
  const st = statSync(path);
  if (!st.isFile()) throw new Error("not a regular file");
  if (st.size > MAX_INPUT_BYTES) {
    throw new Error(`file is ${(st.size / 1048576).toFixed(1)} MiB, larger than the ${MAX_INPUT_BYTES / 1048576} MiB limit for one article`);
  }
  return readFileSync(path);
}

/** The project's registry of publications (`_data/publications.json` under `root`), validated. */
export function loadPublications(root = process.cwd(), file = "_data/publications.json"): Publication[] {
  const p = resolve(root, file);
  if (!existsSync(p)) return [];
  return validatePublications(JSON.parse(readFileSync(p, "utf8")), file);
}

/** The configured site URL (`_data/site.json`), used for the backlinks line of imported posts. */
export function loadSiteUrl(root = process.cwd()): string {
  const p = resolve(root, "_data/site.json");
  const site = existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as { url?: string }) : {};
  return site.url ?? "";
}

/** Minimal argument parser: positional args, `--flag`, `--key value` / `--key=value`. */
export function parseArgs(argv: string[], valued: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [k, v] = a.slice(2).split(/=(.*)/s, 2);
      if (v !== undefined) flags[k] = v;
      else if (valued.includes(k)) {
        if (i + 1 >= argv.length) throw new Error(`--${k} needs a value`);
        flags[k] = argv[++i];
      } else flags[k] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}
