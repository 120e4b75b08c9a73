// Types first: the data that flows one way through zhuanzai.
//
//   RawDocument ─decode→ DecodedText ─read→ Block[] (+ MetaHints, front matter)
//     ─rules (Ruler<CleanState>)→ cleaned Block[] + credits ─metadata→ ArticleMeta
//     ─toArticle→ Article ─render→ post file text | Eleventy pages and feeds
//
// Nothing here imports Eleventy: the ingest engine is plain TypeScript.

/** Bytes exactly as the scraper saved them, and where they came from. Never modified. */
export interface RawDocument {
  /** Path as given on the command line or found in `posts/` (used in warnings and errors). */
  path: string;
  bytes: Uint8Array;
}

/** Encodings the decoder recognises (see src/ingest/decode.ts). */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  /** NFC text, `\n` line endings, XML-illegal control characters removed. */
  text: string;
  encoding: Encoding;
  /** True when bytes had to be replaced (U+FFFD) to decode at all. */
  lossy: boolean;
}

/**
 * The shape an input had:
 * - `post`: YAML front matter + `<p>` body (the target layout, seed 000);
 * - `text`: plain page text (seeds 001, 002, 004);
 * - `markdown`: text with `#` headings (seed 003);
 * - `html`: a saved HTML page.
 */
export type InputKind = "post" | "text" | "markdown" | "html";

/** One unit of the article body, in reading order. */
export interface Block {
  kind: "paragraph" | "heading";
  /** Plain text, trimmed (no markup). */
  text: string;
  /** Heading level 1–6 for `heading` blocks (markdown `#`, HTML `h1`–`h6`). */
  level?: number;
  /** Position in the input: line number (text) or element order (HTML); stable for reports. */
  line: number;
  /** Blank lines before this block in plain text (0 = directly after the previous line). */
  gapBefore: number;
  /** Free-form marks set by readers/rules (e.g. `"byline"`, `"header"`, `"caption"`). */
  tags?: string[];
}

/** Metadata candidates found by a reader in structured places (HTML `<meta>`, `<title>`, JSON-LD). */
export interface MetaHints {
  title?: string[];
  date?: string[];
  source?: string[];
  author?: string[];
  url?: string[];
}

/** Editor credits taken out of the body and kept as metadata (`编辑：张可`). */
export interface Credit {
  /** The role as written: 编辑, 校对, 审核, 责任编辑, 组稿, 监制, … */
  role: string;
  name: string;
}

/** One entry of the registry of known publications (`_data/publications.json`). */
export interface Publication {
  /** Canonical name, e.g. `恩施日报`. */
  name: string;
  /** Other spellings that mean the same publication (`恩施日报社`, `恩施新闻网`). */
  aliases?: string[];
  /** ASCII slug when pinyin reads the name wrongly (多音字); otherwise derived with pinyin-pro. */
  slug?: string;
}

/** A removal or note made by a rule, vfile-style. */
export interface Report {
  rule: string;
  message: string;
}

/** State shared by the cleaning rules. Rules mutate `blocks`, `credits` and `hints`; they never log. */
export interface CleanState {
  readonly file: string;
  readonly kind: InputKind;
  blocks: Block[];
  credits: Credit[];
  hints: MetaHints;
  /** Record what a rule did (`state.report("drop-contact-lines", "电话: …")`). */
  report(rule: string, message: string): void;
  readonly reports: Report[];
}

/** A cleaning rule: small, named, one file each in src/ingest/rules/. */
export type Rule = (state: CleanState) => void;

/** A value and the strategy of its fallback ladder that produced it (`via`), for tests and reports. */
export interface Found<T> {
  value: T;
  via: string;
}

/** A date and time of day as a clock shows it (month 1–12, day 1–31), with no zone. */
export interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Metadata fields that the ladders find. */
export interface ArticleMeta {
  title: Found<string | null>;
  subtitle: Found<string | null>;
  date: Found<string | null>;
  source: Found<string | null>;
  author: Found<string | null>;
  url: Found<string | null>;
}

/** The article: everything a post page, a feed item or a post file needs. Validated once. */
export interface Article {
  /** Input path as given. */
  file: string;
  kind: InputKind;
  encoding: Encoding;
  title: string | null;
  subtitle: string | null;
  /** ISO 8601 with offset (`2021-12-15T10:03:12+08:00`) or null when not found. */
  date: string | null;
  /** Publication name (`恩施日报`) or null when unknown. */
  source: string | null;
  /** ASCII pinyin slug of the source (`enshiribao`) or null when the source is unknown. */
  category: string | null;
  /** `[<source>新闻]`, or [] when the source is unknown. */
  tags: string[];
  author: string | null;
  /** The standalone byline paragraph (`全媒体记者张国帆通讯员申万萍`), rendered as the first `<p>`. */
  byline: string | null;
  credits: Credit[];
  /** Original URL of the article. */
  url: string | null;
  /** ASCII slug: front matter `slug`, hex id from the file name, or a stable hash. */
  slug: string;
  /** Cleaned body blocks in order (without byline and source line). */
  blocks: Block[];
  /** The body as HTML paragraphs only: byline first, `<p class="em_media">` source line last. */
  body: string;
  /** Keys the file's own front matter set (they win over extracted values in the site). */
  frontMatter: Record<string, unknown>;
  /** Strategy that found each metadata field. */
  via: Record<keyof ArticleMeta | "slug", string>;
  warnings: string[];
  reports: Report[];
}

/** Options for one ingest run. */
export interface IngestOptions {
  /** Known publications (default: none). */
  publications?: Publication[];
  /** Names of rules to disable (`["merge-split-words"]`); unknown names throw. */
  disable?: string[];
}

/** The contract of `npm run -s extract`: one object per input (these keys of Article, in this order). */
export const EXTRACT_KEYS = [
  "file", "title", "subtitle", "date", "source", "category", "tags", "author", "url", "slug", "body", "warnings",
] as const;
export type ExtractRecord = Pick<Article, (typeof EXTRACT_KEYS)[number]>;

export interface ExtractError {
  file: string;
  error: string;
}
