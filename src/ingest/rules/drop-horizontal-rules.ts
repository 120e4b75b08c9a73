// Layout rules left as lines: markdown `---` / `***`, `———`, `------分隔线------` (fixtures
// lanping-markdown-rules, yunhe-html-related). They separate nothing once the page is gone.
import type { CleanState } from "../../types.ts";
import { HORIZONTAL_RULE_RE } from "../patterns.ts";
import { dropBlocks } from "./helpers.ts";

export function dropHorizontalRules(state: CleanState): void {
  dropBlocks(state, "drop-horizontal-rules", (b) => HORIZONTAL_RULE_RE.test(b.text));
}
