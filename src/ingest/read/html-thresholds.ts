// Named, commented thresholds of the HTML reader. Units: "chars" are non-whitespace characters
// of text, "points" are content-score units (html-score.ts), ratios are 0–1, "elements" count
// elements in document order.

/** Inline text shorter than this is not a scoring paragraph (chars); readability uses 25. */
export const MIN_PARAGRAPH_CHARS = 20;

/** Each paragraph is worth this much on its own (points). */
export const PARAGRAPH_BASE_POINTS = 1;
/** One point per this many chars of a paragraph … (chars per point). */
export const CHARS_PER_POINT = 100;
/** … up to this many points for length (points). */
export const MAX_LENGTH_POINTS = 3;

/** Paragraph text with more link text than this is a link list, not prose (ratio). */
export const PARAGRAPH_MAX_LINK_DENSITY = 0.5;

/** A `<div>`/`<td>` with this many `<br>`s in its own text holds several paragraphs: it is scored
 *  as a container, not as one paragraph (`<br>`s). */
export const TEXT_CONTAINER_MIN_BREAKS = 2;

/** How many ancestor levels receive a paragraph's score (readability: 5). */
export const SCORE_ANCESTOR_LEVELS = 4;

/** class/id hint bonus (POSITIVE_HINT_RE) or penalty (NEGATIVE_HINT_RE): small on purpose (points). */
export const CLASS_HINT_POINTS = 3;

/** A sibling of the winner joins the article when it scores this share of the winner (ratio)… */
export const SIBLING_SCORE_RATIO = 0.2;
/** … and at least this much (points). */
export const SIBLING_MIN_POINTS = 10;

/** A paragraph sibling of the winner joins it when this long (chars)… */
export const SIBLING_PARAGRAPH_MIN_CHARS = 60;
/** … with at most this link density (ratio). */
export const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;

/** A chrome-named (NEGATIVE_HINT_RE) block inside the container is kept when it holds more than
 *  this share of the container's punctuation: then it is the text, whatever its name (ratio). */
export const PRUNE_KEEP_PUNCT_SHARE = 0.5;

/** Inside the container, a block with more link text than this is dropped (ratio)… */
export const PRUNE_LINK_DENSITY = 0.5;
/** … and a list or table with more than this (ratio). */
export const PRUNE_LIST_LINK_DENSITY = 0.3;

/** A paragraph just after an image and at most this long is tagged `caption` (chars). */
export const CAPTION_MAX_CHARS = 60;

/** How far before the container the header zone reaches when no headline bounds it (elements). */
export const HEADER_LOOKBACK_ELEMENTS = 30;
/** How far above the headline a labelled line (`时间：…`) still belongs to the header (block elements). */
export const HEADER_ABOVE_HEADLINE_ELEMENTS = 4;
/** A header-zone metadata line is at most this long (chars). */
export const HEADER_LINE_MAX_CHARS = 160;
/** A header-zone element with more link text than this is a link list unless it says `来源：` (ratio). */
export const HEADER_MAX_LINK_DENSITY = 0.5;
/** How far after the container a credit/source line is looked for (elements). */
export const TRAILER_LOOKAHEAD_ELEMENTS = 8;
/** Only the first blocks of the container can be header lines (blocks). */
export const HEADER_MAX_LEADING_BLOCKS = 6;

/** A headline has at least / at most this many chars (chars). */
export const HEADLINE_MIN_CHARS = 4;
export const HEADLINE_MAX_CHARS = 90;
/** How far before the container a headline is looked for (elements). */
export const HEADLINE_LOOKBACK_ELEMENTS = 80;
