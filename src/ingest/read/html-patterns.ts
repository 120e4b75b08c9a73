// Named selectors, tag sets and regexps of the HTML reader (src/ingest/read/html*.ts).
// Written CJK-first: full-width `：，（）` and `\u3000` are matched; nothing splits on whitespace.
// No site's exact class name or string is named here: class/id words are generic vocabularies
// (English and pinyin) that only nudge the content-density score (see html-score.ts).

/** Elements dropped with their whole subtree before scoring: code, media, widgets, chrome. */
export const DROP_TAG_NAMES: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "iframe", "frame", "frameset", "svg", "math", "template",
  "object", "embed", "applet", "canvas", "video", "audio", "map", "button", "input", "select",
  "textarea", "option", "link", "meta", "base", "head", "title", "dialog",
  "nav", "aside",
]);

/**
 * Landmarks dropped unless they sit inside an `<article>` or `<main>`: HTML5 pages put the
 * headline, date and source in `<article><header>` (the header-zone scan needs them) and the
 * editor credit in `<article><footer>` (the trailer scan).
 */
export const LANDMARK_TAG_NAMES: ReadonlySet<string> = new Set(["header", "footer"]);

/**
 * `<form>` is dropped only when it holds no prose paragraph: ASP.NET (.aspx) government sites
 * wrap the whole page in one `<form id="form1">`; comment, search and login forms have no prose.
 */
export const FORM_TAG_NAME = "form";

/** Inline style or attribute that hides an element (hidden spam-link blocks of hacked sites). */
export const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Block-level elements: each starts a new line of text (after the HTML spec's flow content). */
export const BLOCK_TAG_NAMES: ReadonlySet<string> = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** Paragraph-like blocks: their score goes to their parents, never to themselves. */
export const PARAGRAPH_TAG_NAMES: ReadonlySet<string> = new Set([
  "p", "li", "dd", "dt", "pre", "blockquote", "figcaption", "caption", "address", "h1", "h2",
  "h3", "h4", "h5", "h6",
]);

/** Lists of links (menus, related news) are judged with a stricter link density. */
export const LIST_TAG_NAMES: ReadonlySet<string> = new Set(["ul", "ol", "dl", "menu", "table"]);

/** `h1`–`h6` → heading level in group 1. */
export const HEADING_TAG_RE = /^h([1-6])$/;

export const LINK_TAG_NAME = "a";
export const IMAGE_TAG_NAMES: ReadonlySet<string> = new Set(["img", "picture"]);
export const BREAK_TAG_NAME = "br";
export const CAPTION_TAG_NAMES: ReadonlySet<string> = new Set(["figcaption"]);

/** Sentence punctuation that real prose has and menus lack (full-width first). */
export const PUNCT_G_RE = /[，。；！？、：,;]/g;

/** Any run of whitespace, including `&nbsp;` (U+00A0) and ideographic space (U+3000). */
export const SPACE_G_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** A whitespace run between two CJK characters that contains a line break (source wrapping). */
export const CJK_WRAP_G_RE =
  /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])[ \t\u00a0]*[\r\n][\s\u00a0]*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])/g;

/** Tag-like text left after entity decoding (`&lt;script&gt;`): never emitted. */
export const TAG_LIKE_G_RE =
  /<\/?[a-z!?][^<>]*>|<\/?(?:script|img|iframe|svg|object|embed|style|link|meta|body|input|form|video|audio|math|details|marquee|a)\b[^<>]*/gi;
/** Script URLs and inline event handlers written as text: never emitted. */
export const SCRIPT_URL_G_RE = /(?:javascript|vbscript)\s*:[^\s，。；]*/gi;
export const EVENT_HANDLER_G_RE = /on[a-z]{3,20}\s*=/gi;

/** class/id words of a main text container (a small bonus only). Matched against `tag id class`,
 *  so `<article>` and `<main>` count, `<body>` does not. */
export const POSITIVE_HINT_RE =
  /article|content|正文|text|txt|detail|main|story|entry|[-_]body|zhengwen|editor|neirong|wenzhang/i;

/** class/id words of page chrome (a small penalty, and pruned inside the container). */
export const NEGATIVE_HINT_RE =
  /comment|pinglun|reply|footer|foot|dibu|\bnav|daohang|menu|sidebar|\bside|share|fenxiang|related|relate|xiangguan|recommend|tuijian|\bhot|rank|banner|advert|guanggao|\bad\b|\bads\b|copyright|banquan|breadcrumb|crumb|weizhi|position|location|login|search|qrcode|erweima|social|popup|friendlink|youqing|\btags?\b|pager|pagination/i;

/** A byline line (`记者 刘畅 通讯员 王莉`): never a caption, even right below a picture (unless `摄`). */
export const BYLINE_LINE_RE = /^[（(【]?(?:本报|本台|全媒体|融媒体?)?(?:记者|通讯员|作者|文\s*[/／]|文字)[^。！？摄]*$/;

/** class/id words of a comment thread (its `<time>` elements are not the article's date). */
export const COMMENT_HINT_RE = /comment|pinglun|reply|respond|discuss/i;

/** class/id words of a headline element (`div.title`, `h2#biaoti`). */
export const TITLE_HINT_RE = /title|biaoti|headline|\btit\b|timu/i;

/** class/id words of a byline element in the header zone (`p.author`: just a name, no label). */
export const BYLINE_HINT_RE = /author|byline|zuozhe|writer|reporter|jizhe/i;

/**
 * A metadata line of a CMS header zone: `来源：XX  时间：2021-03-15 14:28  作者：XX`,
 * `发布日期：…` (a line with only `浏览次数：…` or `【字体：大 中 小】` says nothing and is left out).
 */
export const META_LINE_RE =
  /(?:来源|来自|出处|稿源|发布(?:时间|日期|者|人|单位|机构)?|更新(?:时间|日期)|时间|日期|作者|记者|通讯员|编辑|责编|责任编辑|审核|校对|信息来源|文章来源|新闻来源|供稿)\s*[：:]/;

/** A calendar date written the CMS way: `2021-03-15`, `2022/02/13`, `2020.11.02`, `2021年12月15日`. */
export const DATE_RE = /(?:19|20)\d{2}(?:\s*[-/.年]\s*|\s+)\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** A page-date widget (`2024年03月29日 星期五`): the day the page was viewed. */
export const WEEKDAY_RE = /星期[一二三四五六日天]|周[一二三四五六日天](?![年期])|礼拜[一二三四五六日天]/;

/** A credit or source line after the article (`(责编：X、Y)`, `【责任编辑：X】`, `来源：X`). */
export const TRAILER_LINE_RE =
  /^[（(【\[]?\s*(?:来源|文章来源|信息来源|作者|责任编辑|责编|编辑|审核|校对|监制|组稿|供稿)\s*[：:]/;

/**
 * `<title>` site suffix: `标题_XX网`, `标题-XX官网`, `标题 | XX`, `标题 - XX`, `标题--栏目--XX网`.
 * Group 1 keeps the headline, group 2 is the separator (the last one: `.*` is greedy). A `——`
 * subtitle dash is not a separator, nor is a hyphen between digits (`2021-2025`).
 */
export const TITLE_SUFFIX_RE = /^(.{4,}\S)\s*([_|｜]|-{2,3}|\s[-–—]\s|(?<![\d-])-(?![\d-]))\s*([^_|｜\-–—]{2,30})$/;
/** Separators after which another suffix segment may follow (`标题_栏目_网站`). */
export const TITLE_STRONG_SEPARATOR_RE = /^(?:[_|｜]|-{2,3}|\s[-–—]\s)$/;

/** `<meta name=…>` / `property=…` keys per hint field, lower case, most specific first. */
export const META_TITLE_KEYS = ["og:title", "twitter:title", "articletitle", "title"] as const;
export const META_DATE_KEYS = [
  "article:published_time", "og:article:published_time", "og:release_date", "publishdate",
  "pubdate", "publish_date", "publishtime", "publish-time", "firstpublishedtime", "date",
  "dc.date", "dc.date.issued", "datepublished", "sailthru.date",
] as const;
export const META_SOURCE_KEYS = ["source", "contentsource", "citation_publisher", "dc.publisher"] as const;
/** A site name is weak evidence of the publication: listed after every other source hint. */
export const META_SITE_NAME_KEYS = ["og:site_name", "sitename", "application-name"] as const;
export const META_AUTHOR_KEYS = ["author", "article:author", "dc.creator", "byl"] as const;
export const META_URL_KEYS = ["og:url", "twitter:url", "url"] as const;

/** URLs a hint may carry (no `javascript:`, no `data:`). */
export const SAFE_URL_RE = /^(?:https?:)?\/\/[^\s<>"]+$/i;

/** `<script type=…>` of a JSON-LD block. */
export const JSONLD_SCRIPT_TYPE_RE = /^\s*application\/ld\+json\s*$/i;

/** JSON-LD article types whose fields are read. */
export const JSONLD_ARTICLE_TYPE_RE = /Article|Posting|Report|WebPage/;
