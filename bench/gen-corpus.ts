// Seeded corpus generator for the bench.
//
//   npx tsx bench/gen-corpus.ts N [OUTDIR] [--seed S]
//
// Writes N raw articles in the seeds' styles (plain page text with boilerplate, markdown-ish,
// full HTML pages, ~10 % already in the target layout) and the same N articles normalised into
// target-layout `.md` files; see lib/write-corpus.ts for the layout. OUTDIR defaults to
// bench/corpus/N. Same N and seed give byte-identical files.
import { join } from "node:path";
import { DEFAULT_SEED } from "./lib/generate.ts";
import { BENCH_ROOT } from "./lib/project.ts";
import { writeCorpus } from "./lib/write-corpus.ts";

const MiB = 1024 * 1024;

function main(argv: string[]): void {
  const seedAt = argv.indexOf("--seed");
  const seed = seedAt >= 0 ? Number.parseInt(argv[seedAt + 1], 10) >>> 0 : DEFAULT_SEED;
  const positional = seedAt >= 0 ? argv.filter((_, i) => i !== seedAt && i !== seedAt + 1) : argv;
  const n = Number.parseInt(positional[0] ?? "", 10);
  if (!Number.isInteger(n) || n < 1) {
    console.error("usage: tsx bench/gen-corpus.ts N [OUTDIR] [--seed S]");
    process.exit(2);
  }
  const dir = positional[1] ?? join(BENCH_ROOT, "corpus", String(n));
  const started = performance.now();
  const { info, reused } = writeCorpus(dir, n, seed);
  const ms = Math.round(performance.now() - started);
  console.error(
    `gen-corpus: ${info.n} articles (seed ${info.seed}) in ${dir}${reused ? " (reused)" : ` in ${ms} ms`}: ` +
      `raw ${(info.rawBytes / MiB).toFixed(1)} MiB, normalised ${(info.normBytes / MiB).toFixed(1)} MiB, ` +
      `styles ${JSON.stringify(info.styles)}`,
  );
}

main(process.argv.slice(2));
