// Page-date widgets: `2024年03月29日 星期五` is the day the page was viewed, not the article's
// date. A date followed by a weekday, alone on its line. Fixture: seed 004.
import type { CleanState } from "../../types.ts";
import { DATE_WIDGET_RE } from "../patterns.ts";
import { dropBlocks } from "./helpers.ts";

export function dropDateWidgets(state: CleanState): void {
  dropBlocks(state, "drop-date-widgets", (b) => DATE_WIDGET_RE.test(b.text));
}
