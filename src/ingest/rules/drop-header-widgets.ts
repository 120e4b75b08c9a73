// Header widgets that carry nothing, above the first paragraph: `本站` (the source widget of
// seed 004), `原创`, `大 中 小`. Only in the header zone: further down such words are prose.
import type { CleanState } from "../../types.ts";
import { HEADER_WIDGET_RE } from "../patterns.ts";
import { headerEnd } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

export function dropHeaderWidgets(state: CleanState): void {
  const end = headerEnd(state.blocks);
  dropBlocks(state, "drop-header-widgets", (b, i) => i < end && HEADER_WIDGET_RE.test(b.text));
}
