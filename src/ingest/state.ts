// The CleanState the rules share: blocks in order, credits taken out, hints, and the reports.
import type { Block, CleanState, InputKind, MetaHints, Report } from "../types.ts";

export function createState(file: string, kind: InputKind, blocks: Block[], hints: MetaHints): CleanState {
  const reports: Report[] = [];
  return {
    file,
    kind,
    blocks,
    credits: [],
    hints,
    reports,
    report(rule: string, message: string) {
      reports.push({ rule, message });
    },
  };
}
