// Blocks left empty by the rules before (a paragraph that was only a credit or spaces).
import type { CleanState } from "../../types.ts";
import { dropBlocks } from "./helpers.ts";

const EMPTY_RE = /^[\s\u3000\u00a0\u200b]*$/;

export function dropEmptyBlocks(state: CleanState): void {
  dropBlocks(state, "drop-empty-blocks", (b) => EMPTY_RE.test(b.text));
}
