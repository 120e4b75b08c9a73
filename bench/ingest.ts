// Ingest speed on one core: articles per second for plain-text inputs (the 001/002/003/004
// styles) and for HTML pages, generated in memory by the seeded corpus generator, with
// `ingest()` from src/ingest. Targets (issue 4): ≥ 2,000 text/s and ≥ 300 HTML/s.
//
//   npm run -s bench:ingest [-- --count 2000 --passes 3]
import { ingest } from "../src/ingest/index.ts";
import type { RawDocument } from "../src/types.ts";
import type { RawStyle } from "./lib/article-spec.ts";
import { createGenerator, type GeneratedArticle } from "./lib/generate.ts";
import { agreement, ingestRate } from "./lib/ingest-rate.ts";
import { SEED_DIR, siteUrl } from "./lib/project.ts";
import { toRegistry } from "./lib/publications.ts";

const TEXT_STYLES: RawStyle[] = ["portal", "journal", "local", "markdown"];
const GROUPS: { name: string; styles: RawStyle[]; target: number | null }[] = [
  { name: "text", styles: TEXT_STYLES, target: 2000 },
  { name: "html", styles: ["html"], target: 300 },
  { name: "post (target layout)", styles: ["post"], target: null },
];
const DEFAULT_COUNT = 2000;
const POST_SHARE = 0.25;

function flag(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number.parseInt(argv[at + 1], 10) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function main(argv: string[]): void {
  const count = flag(argv, "count", DEFAULT_COUNT);
  const passes = flag(argv, "passes", 3);
  const gen = createGenerator({ seedDir: SEED_DIR, siteUrl: siteUrl() });
  const options = { publications: toRegistry(gen.publications) };
  console.log(`ingest on one core: ${count} generated inputs per group, median of ${passes} passes\n`);
  console.log("| inputs | n | articles/s | per CPU-s | target | failed | title | date | source | category | author |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  let allMet = true;
  let offset = 0;
  for (const group of GROUPS) {
    const n = group.target === null ? Math.max(1, Math.round(count * POST_SHARE)) : count;
    const made: GeneratedArticle[] = [];
    for (let i = 0; i < n; i++) made.push(gen.article(offset + i, group.styles[i % group.styles.length]));
    offset += n;
    const docs: RawDocument[] = made.map((a) => ({ path: `bench/${a.rawName}`, bytes: Buffer.from(a.raw) }));
    const rate = ingestRate(ingest, docs, options, passes);
    const agree = agreement(ingest, docs, made.map((a) => a.truth), options);
    const met = group.target === null || (rate.failed === 0 && rate.perSecond >= group.target);
    allMet &&= met;
    console.log(
      `| ${group.name} | ${n} | ${Math.round(rate.perSecond)} | ${Math.round(rate.perCpuSecond)} | ${group.target ? `≥ ${group.target} ${met ? "✓" : "✗"}` : "–"} | ${rate.failed} | ` +
        `${pct(agree.title)} | ${pct(agree.date)} | ${pct(agree.source)} | ${pct(agree.category)} | ${pct(agree.author)} |`,
    );
    if (rate.firstError) console.log(`  first error: ${rate.firstError}`);
  }
  console.log(`\n(articles/s: wall clock, what the targets are about; per CPU-s: per second of this process's CPU time, steadier on a busy machine)`);
  console.log(`(agreement = share of inputs whose field equals the generator's ground truth; a sanity check, not the eval gate)`);
  console.log(allMet ? "targets met" : "targets NOT met");
}

main(process.argv.slice(2));
