// The summary table printed by `import`: file → title, date, category, warnings.
import type { Article } from "../types.ts";

export type ImportRow = { file: string; out: string; article: Article } | { file: string; error: string };

/** Longest title shown in the table, in characters (a CJK character is two columns wide). */
export const SUMMARY_TITLE_CHARS = 24;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

export function formatSummary(rows: ImportRow[]): string {
  const lines = ["file\ttitle\tdate\tcategory\twarnings"];
  const notes: string[] = [];
  let ok = 0;
  for (const r of rows) {
    if ("error" in r) {
      lines.push(`${r.file}\tERROR: ${r.error}\t\t\t`);
      continue;
    }
    ok++;
    const a = r.article;
    lines.push(
      [r.file, clip(a.title ?? "(no title)", SUMMARY_TITLE_CHARS), a.date?.slice(0, 16).replace("T", " ") ?? "(no date)", a.category ?? "(none)", String(a.warnings.length)].join("\t"),
    );
    for (const w of a.warnings) notes.push(`  warning: ${w}`);
  }
  const failed = rows.length - ok;
  const total = `imported ${ok} of ${rows.length} files${failed ? `, ${failed} failed` : ""}`;
  return `${[...lines, ...(notes.length ? ["", ...notes] : []), "", total].join("\n")}\n`;
}
