// The cleaning pipeline: named rules in order, as data. A user lists, disables or extends them
// by name (`createPipeline().disable("drop-captions").after("drop-footer", "mine", fn)`), and an
// unknown name throws. Metadata extraction has already marked the header lines it used
// (`meta:*` tags) before the rules run, so the first rule takes those out of the body.
import type { Rule } from "../types.ts";
import { Ruler } from "./ruler.ts";
import { dropAppPromos } from "./rules/drop-app-promos.ts";
import { dropCaptions } from "./rules/drop-captions.ts";
import { dropCommentWidgets } from "./rules/drop-comment-widgets.ts";
import { dropContactLines } from "./rules/drop-contact-lines.ts";
import { dropDateWidgets } from "./rules/drop-date-widgets.ts";
import { dropEmptyBlocks } from "./rules/drop-empty-blocks.ts";
import { dropFooter } from "./rules/drop-footer.ts";
import { dropHorizontalRules } from "./rules/drop-horizontal-rules.ts";
import { dropRelatedLinks } from "./rules/drop-related-links.ts";
import { dropHeaderWidgets } from "./rules/drop-header-widgets.ts";
import { dropImageNames } from "./rules/drop-image-names.ts";
import { dropMetaLines } from "./rules/drop-meta-lines.ts";
import { dropNavigation } from "./rules/drop-navigation.ts";
import { dropShareLines } from "./rules/drop-share-lines.ts";
import { dropSpamLines } from "./rules/drop-spam-lines.ts";
import { dropViewCounts } from "./rules/drop-view-counts.ts";
import { extractCredits } from "./rules/extract-credits.ts";
import { mergeContinuations } from "./rules/merge-continuations.ts";
import { mergePageBreakOverlap } from "./rules/merge-page-break-overlap.ts";
import { mergeSplitWords } from "./rules/merge-split-words.ts";
import { normalizePunctuation } from "./rules/normalize-punctuation.ts";
import { normalizeWhitespace } from "./rules/normalize-whitespace.ts";
import { restoreLostPlus } from "./rules/restore-lost-plus.ts";

/**
 * The default order. Credits are taken first; short tails split from their paragraph are joined
 * back before any rule could take them for captions or footer lines; related-news lists go while
 * their heading is still there to find them; the footer goes while the widgets
 * that open it (comments, follow-us, share, contact) are still there to find where it starts;
 * then the other boilerplate (so gaps and zones are judged on what is left), then captions, then
 * joins across page breaks, then character-level fixes.
 */
export const DEFAULT_RULES: readonly (readonly [string, Rule])[] = [
  ["drop-meta-lines", dropMetaLines],
  ["extract-credits", extractCredits],
  ["merge-continuations", mergeContinuations],
  ["drop-related-links", dropRelatedLinks],
  ["drop-horizontal-rules", dropHorizontalRules],
  ["drop-footer", dropFooter],
  ["drop-spam-lines", dropSpamLines],
  ["drop-contact-lines", dropContactLines],
  ["drop-date-widgets", dropDateWidgets],
  ["drop-view-counts", dropViewCounts],
  ["drop-comment-widgets", dropCommentWidgets],
  ["drop-share-lines", dropShareLines],
  ["drop-app-promos", dropAppPromos],
  ["drop-header-widgets", dropHeaderWidgets],
  ["drop-navigation", dropNavigation],
  ["drop-image-names", dropImageNames],
  ["drop-captions", dropCaptions],
  ["merge-page-break-overlap", mergePageBreakOverlap],
  ["merge-split-words", mergeSplitWords],
  ["restore-lost-plus", restoreLostPlus],
  ["normalize-punctuation", normalizePunctuation],
  ["normalize-whitespace", normalizeWhitespace],
  ["drop-empty-blocks", dropEmptyBlocks],
];

/** A fresh pipeline with the default rules (build one per run: no shared mutable state). */
export function createPipeline(): Ruler<Rule> {
  const ruler = new Ruler<Rule>();
  for (const [name, fn] of DEFAULT_RULES) ruler.push(name, fn);
  return ruler;
}
