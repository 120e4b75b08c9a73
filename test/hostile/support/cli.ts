// The CLIs as users run them: `npm run -s extract -- FILE...`, `npm run -s import -- … --out DIR`.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT, run, type RunResult } from "../../browser/support/site.ts";
import { CASES, writeCorpus } from "./corpus.ts";
import type { ExtractRecord } from "../../../src/types.ts";

export type { ExtractRecord };

export type ExtractResult = ExtractRecord | { file: string; error: string };

/** Good seeds that go along with the hostile corpus: they must come through untouched. */
export const GOOD_SEEDS = ["000_98d7beee95a910ca.txt", "002_74c576e4f0fb466a.txt"];

export function extract(files: string[]): Promise<RunResult> {
  return run("npm", ["run", "-s", "extract", "--", ...files], { cwd: PROJECT_ROOT });
}

export function importPosts(inputs: string[], out: string, extra: string[] = []): Promise<RunResult> {
  return run("npm", ["run", "-s", "import", "--", ...inputs, "--out", out, ...extra], { cwd: PROJECT_ROOT });
}

/** The hostile corpus plus the good seeds, written into `dir`. Returns all paths, corpus first. */
export function writeCorpusWithSeeds(dir: string): { cases: Map<string, string>; seeds: string[] } {
  mkdirSync(dir, { recursive: true });
  const cases = writeCorpus(dir, CASES);
  const seeds = GOOD_SEEDS.map((s) => {
    copyFileSync(join(PROJECT_ROOT, "posts", s), join(dir, s));
    return join(dir, s);
  });
  return { cases, seeds };
}
