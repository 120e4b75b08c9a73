// Orphan photo captions: the pictures are gone, their captions stay as short lines set apart by
// more blank lines than the paragraphs are (seed 001: `扶贫产业带头人培训。` with two blank lines
// after; seed 003: `猕猴桃喜获丰收` with three above). A caption is short, has no clause
// punctuation (a sentence or a `，`-heading has), and stands apart:
//   - more blank lines than usual on both sides, or
//   - at least CAPTION_EXTRA_GAP_LINES more than usual above it, or
//   - ends with 。 and has more blank lines than usual below it (the last of a caption run), or
//     has no end punctuation and at least CAPTION_EXTRA_GAP_LINES more than usual below it;
//   - or is a tiny one-clause sentence right after a long paragraph (`果农正在采摘脐橙。`).
// Section headings (`强化政治引领,筑牢…`) carry a comma or sit on the usual gap below; markdown
// headings are heading blocks and never captions. Gaps say nothing in HTML: there only captions
// that say so (`▲…`, `图为…`, `…（记者 张三 摄）`) go.
// A line set apart on both sides, or right below a picture (tagged "caption" by the HTML reader
// or by drop-image-names), is a caption even with a `，` or quotes (`板栗丰收季，村民在晾晒场分拣
// 板栗。`, `村民在“积分超市”兑换生活用品。`): one short sentence, no `：；？！` (fixtures
// heshan-gbk-contact-caption, fengyang-image-captions, nanxi-logo-h1-html).
import type { Block, CleanState } from "../../types.ts";
import {
  CAPTION_SCENE_RE,
  MARKED_CAPTION_RE,
  SCENE_ACTION_RE,
  STATEMENT_WORD_RE,
  SUBTITLE_RE,
} from "../patterns.ts";
import {
  CAPTION_EXTRA_GAP_LINES,
  GAP_SAMPLE_MIN_CHARS,
  MAX_CAPTION_CHARS,
  MAX_MARKED_CAPTION_CHARS,
  MAX_SCENE_CAPTION_CHARS,
  MAX_SCENE_SENTENCE_CHARS,
  MAX_TIGHT_CAPTION_CHARS,
} from "../thresholds.ts";

/** A figure with its counter (`152名`, `3.5万亩`, `20%`): a statement, not a picture's caption. */
const FIGURE_RE = /\d(?:[\d.,]*)\s*(?:万|亿)?(?:名|个|户|人|元|家|次|亩|吨|公里|千米|米|斤|台|件|条|项|所|座|%|％|余|多)/;
/** A short sentence with a figure or a quote is content, not a caption. */
const TIGHT_CAPTION_EXCLUDE_RE = /[\d“”"「」]/;
import { endsSentence, headerEnd, isProse, typicalGap } from "../zones.ts";
import { dropBlocks } from "./helpers.ts";

/** Punctuation a caption does not have (a `，` makes it a sentence or a two-part heading). */
const NOT_CAPTION_PUNCT_RE = /[，,；;：:！!？?…]/;

/** What a caption with a comma still does not have (a list, a question, a quote's colon). */
const NOT_LOOSE_CAPTION_PUNCT_RE = /[；;：:！!？?…]/;

/** Caption text; `loose` allows a `，` and quotes (for a line that stands apart or sits under a picture). */
export function looksLikeCaptionText(text: string, loose = false): boolean {
  if (text.length > MAX_CAPTION_CHARS || SUBTITLE_RE.test(text)) return false;
  if ((loose ? NOT_LOOSE_CAPTION_PUNCT_RE : NOT_CAPTION_PUNCT_RE).test(text)) return false;
  const body = text.endsWith("。") ? text.slice(0, -1) : text;
  return !body.includes("。");
}

/**
 * A tiny one-clause sentence after a long paragraph and before another or a heading
 * (`果农正在采摘脐橙。`, `返乡人才在大棚里查看食用菌长势。`): a caption even on the usual gap, if it
 * shows someone somewhere (`在`) and states nothing, or names a scene (`魏湖村村容村貌。`). No digits, no quotes and no statement's words
 * (a real short paragraph states a figure, quotes someone or concludes: `像刘西林这样…共有152名。`,
 * `村民在家门口就能挣钱。`, `这是全县上下共同努力的结果。` stay).
 */
function isTightCaption(blocks: Block[], i: number): boolean {
  const { text } = blocks[i];
  const [prev, next] = [blocks[i - 1], blocks[i + 1]];
  return (
    text.length <= MAX_TIGHT_CAPTION_CHARS &&
    text.endsWith("。") &&
    !TIGHT_CAPTION_EXCLUDE_RE.test(text) &&
    ((text.includes("在") && !STATEMENT_WORD_RE.test(text)) || CAPTION_SCENE_RE.test(text.slice(0, -1))) &&
    prev?.kind === "paragraph" &&
    prev.text.length >= GAP_SAMPLE_MIN_CHARS &&
    next !== undefined &&
    (next.text.length >= GAP_SAMPLE_MIN_CHARS || !endsSentence(next.text))
  );
}

function isCaption(blocks: Block[], i: number, usual: number): boolean {
  const b = blocks[i];
  const above = b.gapBefore;
  const below = i + 1 < blocks.length ? blocks[i + 1].gapBefore : Number.POSITIVE_INFINITY;
  if (b.kind !== "paragraph") return false;
  if (above > usual && below > usual && i + 1 < blocks.length) return looksLikeCaptionText(b.text, true);
  if (!looksLikeCaptionText(b.text)) return false;
  if (isTightCaption(blocks, i)) return true;
  if (above >= usual + CAPTION_EXTRA_GAP_LINES) return true;
  const last = i + 1 === blocks.length;
  if (!last && below >= usual + CAPTION_EXTRA_GAP_LINES && !b.text.endsWith("。")) return true;
  return b.text.endsWith("。") && below > usual;
}

/** A caption that says so (`▲…`, `图为…`, `…（通讯员 张帆 摄）`), whatever the gaps. */
export function isMarkedCaption(text: string): boolean {
  return text.length <= MAX_MARKED_CAPTION_CHARS && MARKED_CAPTION_RE.test(text);
}

/**
 * The line right under a picture (tagged "caption"): one short sentence, commas and quotes
 * allowed, but no figure with a counter — `像刘西林这样…共有152名。` under a picture in seed 004 is a paragraph.
 */
function isPictureCaption(b: Block): boolean {
  return b.kind === "paragraph" && b.tags?.includes("caption") === true && !FIGURE_RE.test(b.text) && looksLikeCaptionText(b.text, true);
}

/** Longer than either kind of scene caption (a quick test before looking at the neighbours). */
const MAX_SCENE_CHARS = Math.max(MAX_SCENE_CAPTION_CHARS, MAX_SCENE_SENTENCE_CHARS);

/** Any punctuation or space: a scene caption is one bare noun phrase (`X镇脐橙采摘现场`). */
const ANY_PUNCT_OR_SPACE_RE = /[\p{P}\p{S}\s\u3000]/u;

/**
 * A scene between two prose paragraphs, on any gap (fixture yonghe-scene-captions-text): a bare
 * noun phrase, short, no punctuation or space at all, naming a scene or people at work
 * (`X镇脐橙采摘现场`, `…基地一角`); or one short sentence of people at work in a place, commas and
 * quotes allowed, no figure and no statement's words (`板栗丰收季，村民在晾晒场分拣板栗。`, not
 * `村民在家门口就能挣钱。`).
 */
function isSceneCaption(blocks: Block[], i: number): boolean {
  const [b, prev, next] = [blocks[i], blocks[i - 1], blocks[i + 1]];
  if (b.kind !== "paragraph" || b.tags?.includes("list-item") || b.text.length > MAX_SCENE_CHARS) return false;
  if (prev?.kind !== "paragraph" || next?.kind !== "paragraph" || !isProse(prev.text) || !isProse(next.text)) return false;
  const text = b.text;
  if (text.length <= MAX_SCENE_CAPTION_CHARS && !ANY_PUNCT_OR_SPACE_RE.test(text)) return CAPTION_SCENE_RE.test(text);
  return (
    text.length <= MAX_SCENE_SENTENCE_CHARS &&
    text.endsWith("。") &&
    looksLikeCaptionText(text, true) &&
    !/\d/.test(text) &&
    SCENE_ACTION_RE.test(text) &&
    !STATEMENT_WORD_RE.test(text)
  );
}

/**
 * The first of a run of captions (`甲村培训。` / `乙村培训。`, one blank line apart, the run set
 * apart by more): set apart above, and the next line is a caption.
 */
function isCaptionRunHead(blocks: Block[], i: number, usual: number, caption: (j: number) => boolean): boolean {
  const b = blocks[i];
  return b.kind === "paragraph" && b.gapBefore > usual && i + 1 < blocks.length && looksLikeCaptionText(b.text) && caption(i + 1);
}

export function dropCaptions(state: CleanState): void {
  const usual = typicalGap(state.blocks);
  const start = headerEnd(state.blocks);
  const blocks = state.blocks;
  const memo = new Map<number, boolean>();
  const caption = (i: number): boolean => {
    let v = memo.get(i);
    if (v === undefined) {
      const b = blocks[i];
      v =
        isMarkedCaption(b.text) ||
        (i >= start && isPictureCaption(b)) ||
        (i > start && isSceneCaption(blocks, i)) ||
        (usual !== null && i >= start && isCaption(blocks, i, usual));
      memo.set(i, v);
    }
    return v;
  };
  dropBlocks(state, "drop-captions", (_b, i) => caption(i) || (usual !== null && i >= start && isCaptionRunHead(blocks, i, usual, caption)));
}
