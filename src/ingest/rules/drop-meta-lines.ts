// Header lines that metadata extraction used — the title (`【…】标题-XX官网`) and its repeats,
// the `——` subtitle, date lines (`2022` / `02/13` / `16:09`), `来源:… 作者:…` lines, the byline —
// leave the body: they are in the front matter now. Fixtures: seeds 001–004.
import type { CleanState } from "../../types.ts";
import { dropBlocks, isMarked } from "./helpers.ts";

export function dropMetaLines(state: CleanState): void {
  dropBlocks(state, "drop-meta-lines", isMarked);
}
