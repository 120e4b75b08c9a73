// Bare image file names left where a picture was (`6c50134346c8d78051d7b74f9dee1d7.jpg`,
// seed 004; `微信图片_20220613123456.png`, `IMG_0001.JPG`, `DSC_1234.jpg`, `图片1.png`, names with
// spaces: fixtures fengyang-image-captions, linfeng-breadcrumb-text), `[图片]` placeholders and
// markdown images (`![](/uploads/x.png)`). The line right below one is tagged "caption" for the
// caption rule (it may be the picture's caption, whatever its punctuation).
import type { Block, CleanState } from "../../types.ts";
import { IMAGE_NAME_RE, IMAGE_PLACEHOLDER_RE, MARKDOWN_IMAGE_RE } from "../patterns.ts";
import { dropBlocks } from "./helpers.ts";

/** An image name ends in a Latin letter (its extension): most lines are out at one character. */
const ENDS_LATIN_RE = /[A-Za-z]$/;

export function isImageLine(text: string): boolean {
  return (ENDS_LATIN_RE.test(text) && IMAGE_NAME_RE.test(text)) || IMAGE_PLACEHOLDER_RE.test(text) || MARKDOWN_IMAGE_RE.test(text);
}

function tagCaption(b: Block | undefined): void {
  if (b?.kind === "paragraph" && !b.tags?.includes("caption")) b.tags = [...(b.tags ?? []), "caption"];
}

export function dropImageNames(state: CleanState): void {
  const images = new Set<number>();
  state.blocks.forEach((b, i) => {
    if (!isImageLine(b.text)) return;
    images.add(i);
    tagCaption(state.blocks[i + 1]);
  });
  if (images.size > 0) dropBlocks(state, "drop-image-names", (_b, i) => images.has(i));
}
