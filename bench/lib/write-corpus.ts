// Write a generated corpus to disk:
//   DIR/raw/NNNNNN_<hex>.{txt,html}   the raw inputs (what the site builds from)
//   DIR/posts/YYYY-MM-DD-<hex>.md     the same articles normalised (what the baseline builds)
//   DIR/publications.json             the registry of the corpus's publications (_data shape)
//   DIR/truth.json                    per raw file: title, date, source, category, author
//   DIR/corpus.json                   n, seed, sizes; a corpus with the same n and seed is reused
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGenerator, DEFAULT_SEED, type Truth } from "./generate.ts";
import { toRegistry } from "./publications.ts";
import { SEED_DIR, siteUrl } from "./project.ts";

export interface CorpusInfo {
  n: number;
  seed: number;
  rawBytes: number;
  normBytes: number;
  styles: Record<string, number>;
}

export const corpusPaths = (dir: string) => ({
  raw: join(dir, "raw"),
  posts: join(dir, "posts"),
  publications: join(dir, "publications.json"),
  truth: join(dir, "truth.json"),
  info: join(dir, "corpus.json"),
});

export function readCorpusInfo(dir: string): CorpusInfo | null {
  const { info } = corpusPaths(dir);
  return existsSync(info) ? (JSON.parse(readFileSync(info, "utf8")) as CorpusInfo) : null;
}

/** Generate N articles into DIR (replacing what is there) unless DIR already holds them. */
export function writeCorpus(dir: string, n: number, seed = DEFAULT_SEED): { info: CorpusInfo; reused: boolean } {
  const existing = readCorpusInfo(dir);
  if (existing && existing.n === n && existing.seed === seed) return { info: existing, reused: true };
  const paths = corpusPaths(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(paths.raw, { recursive: true });
  mkdirSync(paths.posts, { recursive: true });
  const gen = createGenerator({ seedDir: SEED_DIR, siteUrl: siteUrl(), seed });
  const truth: Truth[] = [];
  const info: CorpusInfo = { n, seed, rawBytes: 0, normBytes: 0, styles: {} };
  for (let i = 0; i < n; i++) {
    const a = gen.article(i);
    writeFileSync(join(paths.raw, a.rawName), a.raw);
    writeFileSync(join(paths.posts, a.normName), a.norm);
    truth.push(a.truth);
    info.rawBytes += Buffer.byteLength(a.raw);
    info.normBytes += Buffer.byteLength(a.norm);
    info.styles[a.spec.style] = (info.styles[a.spec.style] ?? 0) + 1;
  }
  writeFileSync(paths.publications, `${JSON.stringify(toRegistry(gen.publications), null, 2)}\n`);
  writeFileSync(paths.truth, `${JSON.stringify(truth, null, 1)}\n`);
  writeFileSync(paths.info, `${JSON.stringify(info, null, 2)}\n`); // written last: marks the corpus complete
  return { info, reused: false };
}
