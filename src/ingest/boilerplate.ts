// One predicate for "this line is page furniture, not article": the union of the line tests the
// boilerplate rules use. The metadata ladders use it to skip furniture when looking for a title.
import { DATE_WIDGET_RE, HEADER_WIDGET_RE, IMAGE_NAME_RE, VIEW_COUNT_RE } from "./patterns.ts";
import { isCommentWidget } from "./rules/drop-comment-widgets.ts";
import { isContactLine } from "./rules/drop-contact-lines.ts";
import { isFooterLine } from "./rules/drop-footer.ts";
import { isNavigation } from "./rules/drop-navigation.ts";
import { isShareLine } from "./rules/drop-share-lines.ts";
import { MAX_WIDGET_LINE_CHARS } from "./thresholds.ts";

export function isBoilerplate(text: string): boolean {
  return (
    DATE_WIDGET_RE.test(text) ||
    HEADER_WIDGET_RE.test(text) ||
    IMAGE_NAME_RE.test(text) ||
    (text.length <= MAX_WIDGET_LINE_CHARS && VIEW_COUNT_RE.test(text)) ||
    isContactLine(text) ||
    isCommentWidget(text) ||
    isShareLine(text) ||
    isNavigation(text) ||
    isFooterLine(text)
  );
}
