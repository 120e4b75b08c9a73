// Footers: copyright (`版权所有`, `COPYRIGHT … ALL RIGHTS RESERVED`, `转载请注明出处`), `ICP备`/`公网安备`/
// `许可证`, `技术支持`, `网站地图`, and follow-us blocks (`关注XX` / site name / `微信公众号` /
// `手机客户端`). Once such a line appears after the last prose paragraph, every short line from
// there to the end is footer (that is where seed 001's site-name line sits). Fixtures: 001, 004.
import type { CleanState } from "../../types.ts";
import { FOLLOW_RE, FOOTER_RE, REPRINT_NOTICE_RE } from "../patterns.ts";
import { MAX_CONTACT_LINE_CHARS } from "../thresholds.ts";
import { isCommentWidget } from "./drop-comment-widgets.ts";
import { isContactLine } from "./drop-contact-lines.ts";
import { isShareLine } from "./drop-share-lines.ts";
import { isSpamLine } from "./drop-spam-lines.ts";
import { isProse, lastProse } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

const FOOTER_GLOBAL_RE = new RegExp(FOOTER_RE.source, "gi");

const SENTENCE_MARK_RE = /[。！？]/;

/**
 * A footer line on its own: a footer marker and no sentence (the copyright line may be long),
 * or a short sentence with several markers or a reprint notice. A paragraph of prose that
 * mentions 备案 or 许可证 is never a footer.
 */
export function isFooterLine(text: string): boolean {
  const sentence = SENTENCE_MARK_RE.test(text);
  if (sentence && text.length > MAX_CONTACT_LINE_CHARS) return false;
  if (REPRINT_NOTICE_RE.test(text)) return true;
  if (!FOOTER_RE.test(text)) return false;
  return !sentence || new Set(text.match(FOOTER_GLOBAL_RE)?.map((m) => m.toLowerCase())).size >= 2;
}

/** Lines that open a footer: footer markers, follow-us, comment and share widgets, contact, spam. */
function startsFooter(text: string): boolean {
  return (
    isFooterLine(text) ||
    FOLLOW_RE.test(text) ||
    isCommentWidget(text) ||
    isShareLine(text) ||
    isContactLine(text) ||
    isSpamLine(text)
  );
}

export function dropFooter(state: CleanState): void {
  const last = lastProse(state.blocks, isFooterLine);
  let start = state.blocks.length;
  for (let i = last + 1; i < state.blocks.length; i++) {
    if (startsFooter(state.blocks[i].text)) {
      start = i;
      break;
    }
  }
  dropBlocks(state, "drop-footer", (b, i) => isFooterLine(b.text) || (i >= start && !isProse(b.text)));
}
