// `npm run -s eval [-- --json | --case <slug> | --fixtures <dir>]`: run ingest() on every case of test/fixtures/ and
// print per-field accuracy, body precision/recall/F1 (character bigrams) and boilerplate leakage.
import { FIXTURES_DIR, loadCases, loadRegistry, runCase, type Case, type CaseResult } from "./eval-lib.ts";
import { formatCase, formatTable, totals, type Totals } from "./eval-report.ts";

export interface Evaluation {
  cases: Case[];
  results: CaseResult[];
  totals: Totals;
}

export function evaluate(only?: string, root = FIXTURES_DIR): Evaluation {
  const registry = loadRegistry();
  const cases = loadCases(root).filter((c) => only === undefined || c.slug === only);
  if (only !== undefined && cases.length === 0) throw new Error(`no case named ${only} in ${root}`);
  const results = cases.map((c) => runCase(c, registry));
  return { cases, results, totals: totals(cases, results) };
}

function main(argv: string[]): void {
  const at = argv.indexOf("--case");
  const only = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !only) throw new Error("--case needs a case name (a folder of test/fixtures/)");
  const dirAt = argv.indexOf("--fixtures");
  const root = dirAt >= 0 ? argv[dirAt + 1] : FIXTURES_DIR;
  if (!root) throw new Error("--fixtures needs a folder of cases (same layout as test/fixtures/)");
  const ev = evaluate(only, root);
  if (argv.includes("--json")) {
    const perCase = ev.results.map((r) => ({
      case: r.slug,
      error: r.error,
      fields: r.fields,
      found: r.found,
      body: r.body,
      withRecall: r.withRecall,
      withMissing: r.withMissing,
      leakage: r.leakage,
      leaked: r.leaked,
    }));
    process.stdout.write(`${JSON.stringify({ totals: ev.totals, cases: perCase }, null, 2)}\n`);
  } else if (only) {
    process.stdout.write(`${formatCase(ev.cases[0], ev.results[0])}\n`);
  } else {
    process.stdout.write(`${formatTable(ev.results, ev.totals)}\n`);
  }
}

if (process.argv[1]?.endsWith("eval.ts")) main(process.argv.slice(2));
