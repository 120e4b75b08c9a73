// Contact lines: `新闻广告热线:0719-…`, `电话: 028-…`, `Q Q: 2677…`, `投稿邮箱丨x@y.com`,
// `联系电话丨0743-…`. A contact word with a number or an address, or a bare phone/e-mail line.
// Fixtures: seeds 001, 002, 004.
import type { CleanState } from "../../types.ts";
import { CONTACT_WORD_RE, EMAIL_RE, LONG_NUMBER_RE, PHONE_RE, QQ_NUMBER_RE } from "../patterns.ts";
import { isProse } from "../zones.ts";
import { MAX_CONTACT_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

export function isContactLine(text: string): boolean {
  if (text.length > MAX_CONTACT_LINE_CHARS) return false;
  if (QQ_NUMBER_RE.test(text)) return true;
  const reachable = PHONE_RE.test(text) || EMAIL_RE.test(text);
  if (CONTACT_WORD_RE.test(text)) return reachable || LONG_NUMBER_RE.test(text);
  return reachable && !isProse(text);
}

export function dropContactLines(state: CleanState): void {
  dropBlocks(state, "drop-contact-lines", (b) => isContactLine(b.text));
}
