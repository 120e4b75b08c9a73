// Orphan photo captions: the pictures are gone, their captions stay as short lines set apart by
// more blank lines than the paragraphs are (seed 001: `扶贫产业带头人培训。` with two blank lines
// after; seed 003: `猕猴桃喜获丰收` with three above). A caption is short, has no clause
// punctuation (a sentence or a `，`-heading has), and stands apart:
//   - more blank lines than usual on both sides, or
//   - at least CAPTION_EXTRA_GAP_LINES more than usual above it, or
//   - ends with 。 and has more blank lines than usual below it (the last of a caption run).
// Section headings (`强化政治引领,筑牢…`) carry a comma or sit on the usual gap below; markdown
// headings are heading blocks and never captions. Nothing happens when gaps say nothing (HTML).
import type { Block, CleanState } from "../../types.ts";
import { SUBTITLE_RE } from "../patterns.ts";
import { CAPTION_EXTRA_GAP_LINES, MAX_CAPTION_CHARS } from "../thresholds.ts";
import { headerEnd, typicalGap } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

/** Punctuation a caption does not have (a `，` makes it a sentence or a two-part heading). */
const NOT_CAPTION_PUNCT_RE = /[，,；;：:！!？?…]/;

export function looksLikeCaptionText(text: string): boolean {
  if (text.length > MAX_CAPTION_CHARS || NOT_CAPTION_PUNCT_RE.test(text) || SUBTITLE_RE.test(text)) return false;
  const body = text.endsWith("。") ? text.slice(0, -1) : text;
  return !body.includes("。");
}

function isCaption(blocks: Block[], i: number, usual: number): boolean {
  const b = blocks[i];
  if (b.kind !== "paragraph" || !looksLikeCaptionText(b.text)) return false;
  const above = b.gapBefore;
  const below = i + 1 < blocks.length ? blocks[i + 1].gapBefore : Number.POSITIVE_INFINITY;
  if (above > usual && below > usual) return true;
  if (above >= usual + CAPTION_EXTRA_GAP_LINES) return true;
  return b.text.endsWith("。") && below > usual;
}

export function dropCaptions(state: CleanState): void {
  const usual = typicalGap(state.blocks);
  if (usual === null) return;
  const start = headerEnd(state.blocks);
  const blocks = state.blocks;
  dropBlocks(state, "drop-captions", (_b, i) => i >= start && isCaption(blocks, i, usual));
}
