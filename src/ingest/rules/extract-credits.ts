// Editor credits leave the body and become metadata: a line of `ROLE：NAME` pairs
// (`编辑:张可 校对:申涵兮 审核:詹耘` in seed 004, `组稿:县委组织部` in seed 001), or a
// `（责任编辑：王某）` at the end of the last paragraph.
import type { CleanState, Credit } from "../../types.ts";
import { CREDIT_LINE_START_RE, CREDIT_PAIR_RE } from "../patterns.ts";
import { MAX_CONTACT_LINE_CHARS } from "../thresholds.ts";
import { dropBlocks } from "./helpers.ts";

/** What may remain of a credit line once its pairs are taken out: brackets, separators, spaces. */
const LEFTOVER_RE = /^[\s\u3000（）()[\]【】,，;；、/|｜丨]*$/;
/** `…。（责任编辑：王某）` glued to the end of a paragraph. */
const TRAILING_CREDIT_RE = /[（(【[]\s*((?:责任编辑|编辑|责编|审核|校对)\s*[：:][^）)】\]]{1,30})[）)】\]]\s*$/;

/** The credits of a line made only of credits, else null. */
export function parseCreditLine(text: string): Credit[] | null {
  if (text.length > MAX_CONTACT_LINE_CHARS || !CREDIT_LINE_START_RE.test(text)) return null;
  const credits = [...text.matchAll(CREDIT_PAIR_RE)].map((m) => ({ role: m[1], name: m[2] }));
  return credits.length && LEFTOVER_RE.test(text.replace(CREDIT_PAIR_RE, "")) ? credits : null;
}

export function extractCredits(state: CleanState): void {
  dropBlocks(state, "extract-credits", (b) => {
    const credits = parseCreditLine(b.text);
    if (credits) state.credits.push(...credits);
    return credits !== null;
  });
  const last = state.blocks.at(-1);
  const m = last ? TRAILING_CREDIT_RE.exec(last.text) : null;
  if (last && m) {
    const credits = [...m[1].matchAll(CREDIT_PAIR_RE)].map((c) => ({ role: c[1], name: c[2] }));
    state.credits.push(...credits);
    last.text = last.text.slice(0, m.index).trimEnd();
    state.report("extract-credits", `line ${last.line}: trailing ${m[0]}`);
  }
}
