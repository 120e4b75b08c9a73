// Totals, the table and the per-case diff printed by scripts/eval.ts.
import { META_FIELDS, type Case, type CaseResult } from "./eval-lib.ts";
import { paragraphSimilarity } from "./eval-metrics.ts";

/** Figures the gate pins (test/eval-floor.json). Accuracies and body scores are 0–1, higher is better. */
export interface Totals {
  cases: number;
  /** Cases where ingest threw. */
  errors: number;
  title: number;
  subtitle: number;
  date: number;
  source: number;
  category: number;
  author: number;
  /** Macro averages over cases (each case counts once, whatever its length). */
  bodyPrecision: number;
  bodyRecall: number;
  bodyF1: number;
  /** Share of all `with` snippets found (micro). */
  withRecall: number;
  /** Share of all `without` snippets that leaked (micro): lower is better, pinned as a ceiling. */
  leakage: number;
}

/** Figures where lower is better (the floor file holds a ceiling for them). */
export const LOWER_IS_BETTER: readonly (keyof Totals)[] = ["errors", "leakage"];

/** Differences below this are rounding noise when comparing against a floor. */
export const FLOOR_EPSILON = 1e-9;
/** Paragraphs at least this similar (bigram F1) are shown as "changed" rather than lost + added. */
const CHANGED_MIN_SIMILARITY = 0.5;

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function totals(cases: readonly Case[], results: readonly CaseResult[]): Totals {
  const acc = (f: (typeof META_FIELDS)[number]) => mean(results.map((r) => (r.fields[f] ? 1 : 0)));
  const withAll = cases.reduce((n, c) => n + c.snippets.with.length, 0);
  const withFound = results.reduce((n, r, i) => n + cases[i].snippets.with.length - (r.article ? r.withMissing.length : cases[i].snippets.with.length), 0);
  const withoutAll = cases.reduce((n, c) => n + c.snippets.without.length, 0);
  const leaked = results.reduce((n, r) => n + r.leaked.length, 0);
  return {
    cases: results.length,
    errors: results.filter((r) => r.error !== null).length,
    title: acc("title"),
    subtitle: acc("subtitle"),
    date: acc("date"),
    source: acc("source"),
    category: acc("category"),
    author: acc("author"),
    bodyPrecision: mean(results.map((r) => r.body.precision)),
    bodyRecall: mean(results.map((r) => r.body.recall)),
    bodyF1: mean(results.map((r) => r.body.f1)),
    withRecall: withAll ? withFound / withAll : 1,
    leakage: withoutAll ? leaked / withoutAll : 0,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);
/** One metadata cell of the table: 5 characters wide, like a percentage. */
const mark = (ok: boolean): string => (ok ? "   ok" : "    ✗");

/** One row per case, then the totals. */
export function formatTable(results: readonly CaseResult[], t: Totals): string {
  const w = Math.max(6, ...results.map((r) => r.slug.length));
  const head = `${"case".padEnd(w)} title  subt  date   src   cat  auth |     P     R    F1 |  with  leak`;
  const rows = results.map((r) => {
    const f = META_FIELDS.map((k) => mark(r.fields[k])).join(" ");
    const err = r.error ? `  ERROR: ${r.error}` : "";
    return `${r.slug.padEnd(w)} ${f} | ${pct(r.body.precision)} ${pct(r.body.recall)} ${pct(r.body.f1)} | ${pct(r.withRecall)} ${pct(r.leakage)}${err}`;
  });
  const total =
    `${"TOTAL %".padEnd(w)} ${[t.title, t.subtitle, t.date, t.source, t.category, t.author].map(pct).join(" ")}` +
    ` | ${pct(t.bodyPrecision)} ${pct(t.bodyRecall)} ${pct(t.bodyF1)} | ${pct(t.withRecall)} ${pct(t.leakage)}`;
  return [head, "-".repeat(head.length), ...rows, "-".repeat(head.length), total, `cases: ${t.cases}, errors: ${t.errors}`].join("\n");
}

/** Line diff (LCS over paragraphs) with similar paragraphs paired as changes. */
function diffLines(out: readonly string[], exp: readonly string[]): string[] {
  const n = exp.length;
  const m = out.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = exp[i] === out[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && exp[i] === out[j]) {
      lines.push(`  ${exp[i]}`);
      i++;
      j++;
    } else if (i < n && j < m && paragraphSimilarity(exp[i], out[j]) >= CHANGED_MIN_SIMILARITY) {
      lines.push(`- ${exp[i]}`, `+ ${out[j]}`);
      i++;
      j++;
    } else if (j < m && (i >= n || dp[i][j + 1] >= dp[i + 1][j])) {
      lines.push(`+ ${out[j]}`);
      j++;
    } else {
      lines.push(`- ${exp[i]}`);
      i++;
    }
  }
  return lines;
}

/** Everything about one case: fields (expected vs found), snippets, and the body diff. */
export function formatCase(c: Case, r: CaseResult): string {
  const out: string[] = [`case ${c.slug} (${c.sourcePath})`];
  if (c.snippets.description) out.push(`  ${c.snippets.description}`);
  if (r.error) out.push(`ERROR: ${r.error}`);
  for (const f of META_FIELDS) {
    const line = `${mark(r.fields[f])} ${f.padEnd(9)} expected ${JSON.stringify(c.meta[f])}`;
    out.push(r.fields[f] ? line : `${line}\n                 found    ${JSON.stringify(r.found[f])}`);
  }
  if (r.article) {
    out.push(`       byline    ${JSON.stringify(r.article.byline)}`, `       credits   ${JSON.stringify(r.article.credits)}`);
    out.push(`       via       ${JSON.stringify(r.article.via)}`);
    if (r.article.warnings.length) out.push(`       warnings  ${r.article.warnings.join(" | ")}`);
  }
  const b = r.body;
  out.push(`body: P ${pct(b.precision)}  R ${pct(b.recall)}  F1 ${pct(b.f1)}  (bigrams out ${b.outCount}, expected ${b.expCount}, common ${b.common})`);
  if (r.withMissing.length) out.push(`with: missing ${JSON.stringify(r.withMissing)}`);
  if (r.leaked.length) out.push(`without: leaked ${JSON.stringify(r.leaked)}`);
  out.push("--- body diff (- expected only, + output only) ---");
  out.push(...diffLines(r.article ? r.article.blocks.map((x) => x.text) : [], c.body));
  return out.join("\n");
}
