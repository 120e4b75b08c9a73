// Tunables of the ingest engine, one per line, each with the unit in its name.
// Measured on the seeds (../shared/seeds) and the fixtures in test/fixtures/.

/** Inputs larger than this are refused with a clear error (an article is 3–30 KB; 8 MiB is a dump). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
/** Bytes sniffed at the start of a file to tell text from binary. */
export const BINARY_SNIFF_BYTES = 8192;
/** Share of NUL/C0 control bytes in the sniffed bytes above which a file is binary. */
export const MAX_CONTROL_BYTE_RATIO = 0.1;
/** U+FFFD per non-ASCII character up to which invalid UTF-8 is kept as (lossy) UTF-8, not re-read as GB18030. */
export const MAX_UTF8_REPLACEMENT_RATIO = 0.2;

/** A block at least this long (characters) that has clause punctuation is prose, not a header line. */
export const MIN_PROSE_CHARS = 20;
/** A block at least this long is prose even without punctuation. */
export const LONG_LINE_CHARS = 60;
/** Header lines are looked for in at most this many blocks before the first prose block. */
export const MAX_HEADER_BLOCKS = 16;
/** Lines at most this long may be page widgets (counts, comments, share, navigation, spam). */
export const MAX_WIDGET_LINE_CHARS = 40;
/** Lines at most this long may be contact lines (a label, a number, an address). */
export const MAX_CONTACT_LINE_CHARS = 80;

/** Title candidates: at least / at most this many characters. */
export const MIN_TITLE_CHARS = 5;
export const MAX_TITLE_CHARS = 80;
/** A `-XX官网` / `_XX网` suffix is at most this long. */
export const MAX_SITE_SUFFIX_CHARS = 24;
/** A `——` subtitle line is at most this long. */
export const MAX_SUBTITLE_CHARS = 60;
/** A standalone byline (`记者王雁博`) is at most this long. */
export const MAX_BYLINE_CHARS = 40;
/** A source name (`湘西工作`) is between these lengths. */
export const MIN_SOURCE_CHARS = 2;
export const MAX_SOURCE_CHARS = 20;
/** The `X讯` dateline is looked for in this many prose blocks at the start of the body. */
export const DATELINE_PROSE_BLOCKS = 3;

/** Orphan photo captions are at most this long. */
export const MAX_CAPTION_CHARS = 40;
/** A caption on the usual gap (between two long paragraphs) is at most this long. */
export const MAX_TIGHT_CAPTION_CHARS = 20;
/** A scene caption on the usual gap (`X镇脐橙采摘现场`, no punctuation) is at most this long. */
export const MAX_SCENE_CAPTION_CHARS = 16;
/** A one-sentence scene caption on the usual gap (`板栗丰收季，村民在晾晒场分拣板栗。`) is at most this long. */
export const MAX_SCENE_SENTENCE_CHARS = 20;
/** Captions marked as such (`▲…`, `…（张帆 摄）`) are at most this long. */
export const MAX_MARKED_CAPTION_CHARS = 80;
/** Paragraphs at least this long set the document's typical gap (blank lines between paragraphs). */
export const GAP_SAMPLE_MIN_CHARS = 40;
/** Fewer long paragraphs than this: gaps say nothing, the caption rule stays out. */
export const MIN_GAP_SAMPLES = 3;
/** A short line this many blank lines more than usual above it stands alone (a caption). */
export const CAPTION_EXTRA_GAP_LINES = 2;

/** A paragraph cut by a page break is at least this long. */
export const MIN_SPLIT_PARAGRAPH_CHARS = 40;
/** Overlap repeated across a page break: at least / at most this many characters. */
export const MIN_OVERLAP_CHARS = 2;
export const MAX_OVERLAP_CHARS = 24;

/** Headline scoring (points; the best-scoring header line is the headline, ties to the first). */
/** Just above the date/source/byline lines (a subtitle or page widget may sit between). */
export const HEADLINE_NEAR_META_POINTS = 3;
/** Carries a `【column】` prefix or a site/spam suffix: a headline as a CMS writes it. */
export const HEADLINE_DECORATED_POINTS = 2;
/** Only a site's name (`X新闻网`, `X融媒`): a masthead, unless nothing else can be the headline. */
export const HEADLINE_SITE_NAME_POINTS = -4;
/** A masthead line (a publication's name, a site name) is at most this long. */
export const MAX_MASTHEAD_CHARS = 24;
/** Blocks looked at below a headline candidate for its date/source/byline line. */
export const HEADLINE_META_LOOKAHEAD_BLOCKS = 4;
/** A short tail split from its paragraph (`户。`, `事项公开、评分过程公开、兑换结果公开。`) is at most this long. */
export const MAX_TAIL_CHARS = 40;
