// Where the bench finds the project it measures.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BENCH_ROOT = join(PROJECT_ROOT, "bench");
/** The seeds: the corpus prose is made of their sentences. */
export const SEED_DIR = join(PROJECT_ROOT, "posts");

export function siteUrl(): string {
  const site = JSON.parse(readFileSync(join(PROJECT_ROOT, "_data", "site.json"), "utf8")) as { url: string };
  return site.url;
}
