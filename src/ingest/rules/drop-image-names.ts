// Bare image file names left where a picture was (`6c50134346c8d78051d7b74f9dee1d7.jpg`,
// seed 004), `[图片]` placeholders and markdown images (`![](/uploads/x.png)`).
import type { CleanState } from "../../types.ts";
import { IMAGE_NAME_RE, IMAGE_PLACEHOLDER_RE, MARKDOWN_IMAGE_RE } from "../patterns.ts";
import { dropBlocks } from "./helpers.ts";

export function dropImageNames(state: CleanState): void {
  dropBlocks(state, "drop-image-names", (b) =>
    IMAGE_NAME_RE.test(b.text) || IMAGE_PLACEHOLDER_RE.test(b.text) || MARKDOWN_IMAGE_RE.test(b.text));
}
