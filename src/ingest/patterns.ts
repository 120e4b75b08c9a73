// Named regular expressions of the ingest engine, written CJK-first: full-width ：，（）and \u3000
// are matched wherever their half-width twins are. Compiled once here, never inside loops.
// None of them names a site, a phone number or an address: they describe shapes.

/** Colon, either width (and the `丨`/`|` that some sites use as one). */
const C = "[：:丨|｜]";

/** One Han ideograph. */
export const HAN_RE = /\p{Script=Han}/u;
/** Marks that end a sentence, and the closing quotes/brackets that may follow them. */
export const SENTENCE_ENDERS = "。！？!?…";
export const SENTENCE_CLOSERS = "”’\"』」）)";
/**
 * Sentence-ending punctuation, optionally followed by closing quotes/brackets: the definition
 * (hot paths use zones.ts `endsSentence`, which reads the same two sets from the end).
 */
export const SENTENCE_END_RE = new RegExp(`[${SENTENCE_ENDERS}][${SENTENCE_CLOSERS}]*$`, "u");
/** Punctuation that separates clauses inside a sentence. */
export const CLAUSE_PUNCT_RE = /[，,；;：:！!？?、]/;
/** Whitespace, including the ideographic space and NBSP. */
export const SPACE_RUN_RE = /[\s\u3000\u00a0]+/g;
/**
 * Two `label：value` pairs apart by spaces (`X新闻网  微信：…  邮箱：…`, `来源：X  作者：Y`): a label line.
 * A label is one or more letters before the colon; matching only the last one finds the same
 * lines (`\S*?` takes the rest) without trying eight label lengths at every position.
 */
export const LABEL_RUN_RE = /[\p{Script=Han}A-Za-z]\s*[：:]\s*\S+\s+\S*?[\p{Script=Han}A-Za-z]\s*[：:]/u;
/** A sentence mark anywhere in a line. */
export const SENTENCE_MARK_RE = /[。！？!?]/;

// ── Injected spam and ads ─────────────────────────────────────────────────────
/** Gambling / lottery / casino words that injected header and title spam is made of. */
export const SPAM_RE =
  /官网|官方网站|旗舰厅|旗舰店|购彩|彩票|博彩|娱乐城|娱乐平台|娱乐官|真人(?:视讯|娱乐)|棋牌|赌场|百家乐|老虎机|投注|下注|电子游艺|体育平台|注册送|彩金|开户|\bag\b|app下载|手机版下载|信誉第一|信誉保证/i;
/** Words a gambling brand ends in (`XX娱乐`, `XX国际`, `XX体育`): spam only in a brand's shape. */
const SPAM_BRAND = "娱乐|体育|国际|平台|彩票|棋牌|官网|旗舰厅|电竞|游戏";
/** A spam header line: a short brand and a slogan (`XX娱乐-手机版下载`, `XX体育-信誉第一`). */
export const SPAM_BRAND_LINE_RE = new RegExp(
  `^[\\p{Script=Han}A-Za-z0-9]{1,8}(?:${SPAM_BRAND})\\s*(?:[-_|｜—–]|\\s-\\s)\\s*[\\p{Script=Han}A-Za-z0-9]{2,10}$`,
  "iu",
);

// ── Contact lines ─────────────────────────────────────────────────────────────
export const CONTACT_WORD_RE = /热线|电话|手机|传真|Q\s*Q|微信号|微信[：:]|邮箱|e-?mail|投稿|联系方式|联系人|地址[：:]/i;
export const PHONE_RE = /(?<!\d)(?:0\d{2,3}[-－—\s]?\d{7,8}|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4})(?!\d)/;
export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const QQ_NUMBER_RE = /Q\s*Q\s*[：:号群]*\s*\d{5,11}/i;
/** Five or more digits in a row (a number to call or to add). */
export const LONG_NUMBER_RE = /\d{5,}/;

// ── Page widgets ──────────────────────────────────────────────────────────────
/** `2024年03月29日 星期五` — the day the page was viewed, not the article's date. */
export const WEEKDAY_AFTER_RE = /^\s*(?:星期|周|礼拜)[一二三四五六日天]/;
/** A date and weekday, maybe followed by lunar date, city and weather (`… 星期一 宜昌 多云 26～34℃`). */
export const DATE_WIDGET_RE =
  /^(?:今天是)?\s*\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*(?:星期|周|礼拜)[一二三四五六日天](?:\s.{0,30})?$/;
/** View counts: `33849阅读`, `阅读：1024`, `浏览次数 12`. */
export const VIEW_COUNT_RE = /\d+\s*(?:次|人)?(?:阅读|浏览|点击|围观)|(?:阅读|浏览|点击)(?:量|数|次数)?\s*[：:]?\s*\d+/;
/** Comment widgets: `评论一下`, `0人参与`, `抢沙发`, `最热评论`, `最新评论`. */
export const COMMENT_RE = /评论|抢沙发|人参与|参与讨论|跟帖|网友留言|我要留言/;
/** Share and QR lines. */
export const SHARE_RE =
  /扫一扫|扫描二维码|二维码|分享到|分享至|手机(?:上)?打开|微信扫|打印本页|打印此文|关闭窗口|【打印】|【关闭】|字[号体][：:]|加入收藏|收藏本文|复制链接|【大\s*中\s*小】|点赞|^收藏/;
/** Short header widgets that carry nothing: `本站`, `原创`, `大 中 小`. */
export const HEADER_WIDGET_RE = /^(?:本站|本网|原创|转载|来源[：:]\s*本站|大\s*中\s*小|[AＡ][+＋]\s*[AＡ][-－]?|分享|打印|关闭)$/;

// ── Navigation and footers ────────────────────────────────────────────────────
export const NAV_RE =
  /当前位置|您的位置|您现在的位置|首页\s*[>»›＞]|网站首页|返回首页|返回顶部|上一篇|下一篇|相关阅读|相关新闻|相关文章|推荐阅读|热点推荐|更多\s*[>»]{1,2}/;
/** Menu bars: three or more short items separated by `|`, `｜` or `·`. */
export const MENU_RE = /^(?:[^|｜·\s]{1,8}\s*[|｜·]\s*){3,}[^|｜·\s]{0,8}$/;
export const FOOTER_RE =
  /网站地图|版权所有|版权所|版权声明|copyright|all\s+rights?\s+reserved|©|ICP|备案|公网安备|许可证|技术支持|主办单位|承办单位|主办[：:]|承办[：:]|关于我们|联系我们|广告服务|免责声明|违法和不良信息|微信公众号|手机客户端|官方微博|官方微信|客户端下载|下载客户端/i;
/** App promotion: `下载X融媒客户端，看更多本地新闻`, `下载X APP`, `打开X客户端`, `X客户端下载`. */
export const APP_PROMO_RE = /(?:下载|打开|安装)[^，。！？,]{0,14}?(?:客户端|(?<![a-z])app(?![a-z]))|(?:客户端|(?<![a-z])app)\s*下载/i;
/** A markdown/text rule on its own line: `---`, `***`, `___`, `———`, `------分隔线------`. */
export const HORIZONTAL_RULE_RE = /^(?:[-*_=~—–·•]\s*){3,}$|^[-*_=~—–]{3,}\s*[\p{Script=Han}]{0,4}\s*[-*_=~—–]{3,}$/u;
/** The heading of a related-news list: `相关新闻`, `【相关阅读】`, `推荐阅读`, `延伸阅读：`. */
export const RELATED_HEADING_RE =
  /^[【\[]?\s*(?:相关|推荐|延伸|热点|热门|更多|往期|精彩)(?:阅读|新闻|报道|链接|文章|推荐|内容|专题|稿件)\s*[】\]]?\s*[：:>»]*$/;
/** A bulleted list item: `· X：Y`, `• …`, `▪ …`, `- …`. */
export const BULLET_ITEM_RE = /^[·•▪▫◦●○◆◇■□►▸‣⁃∙・*-]\s*\S/;
/** `关注XX` / `关注我们` — the start of a follow-us block. */
export const FOLLOW_RE = /^关注/;

// ── Images and captions ───────────────────────────────────────────────────────
/** A bare image file name on its own line (`6c50134346c8d78051d7b74f9dee1d7.jpg`). */
export const IMAGE_NAME_RE = /^(?:\[?图片\]?\s*)?[\p{L}\p{N}_.\-()（） ]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)$/iu;
/** `[图片]`, `（图片）` placeholders. */
export const IMAGE_PLACEHOLDER_RE = /^[[【（(]?图片[\]】）)]?$/;
/** A markdown image on its own line: `![](/uploads/x.png)`. */
export const MARKDOWN_IMAGE_RE = /^!\[[^\]]*\]\([^)]*\)$/;
/** Captions that say so: `▲…`, `图为…`, `…（通讯员 张帆 摄）`. */
export const MARKED_CAPTION_RE = /^(?:[▲△↑▼]|图为|（图）|图[：:])|[（(][^（）()]{0,20}摄[）)]$|\s摄$/;
/**
 * What a photo's caption names and a section heading does not: a scene (`…采摘现场`, `…基地一角`,
 * `…全景`, `航拍…`) or people at work (`村民正在…`, `果农在…`). Headings are slogans and parallel
 * phrases (`夯基筑垒，守住底线`, `提高政治站位 强化责任担当`) or numbered (`一、`, `（一）`).
 */
export const CAPTION_SCENE_RE =
  /(?:现场|一角|掠影|全景|远眺|俯瞰|鸟瞰|剪影|实景|夜景|雪景|航拍图|村容村貌)$|^航拍|正在|(?:村民|群众|工人|农户|果农|茶农|菜农|游客|市民|学生|志愿者|工作人员|技术人员)们?在[\p{Script=Han}]{3,}/u;
/** People at work in a place (`村民在晾晒场分拣板栗。`), not `在这里`/`在家门口` (a statement's words). */
export const SCENE_ACTION_RE = /(?:村民|群众|工人|农户|果农|茶农|菜农|游客|市民|学生|志愿者|工作人员|技术人员)们?正?在(?![这那此家])/;
/** Words of a statement, not of a picture's caption (`…就能挣钱。`, `…享受到了…`). */
export const STATEMENT_WORD_RE = /[了就都也还已能会要将让使得吗呢说]/;
/** Reprint notices: `本文为XX原创稿件，转载请注明出处。` */
export const REPRINT_NOTICE_RE = /转载请注明|转载须注明|未经(?:本网|本报|本站)?(?:书面)?授权|禁止转载|不得转载|版权归.{1,12}所有|原创稿件/;
/** Editorial framing before the article (`【编者按】…`, `【开栏语】…`): not where the header ends. */
export const EDITOR_NOTE_RE = /^(?:【(?:编者按|开栏语|编者的话|导读|摘要|导语)】|(?:编者按|导读|导语|摘要)[：:])/;

// ── Editor credits ────────────────────────────────────────────────────────────
/** Editorial roles (not authors): `编辑：张可 校对：申涵兮 审核：詹耘`, `组稿：县委组织部`, `供稿：县农业农村局`. */
export const CREDIT_ROLE = "责任编辑|值班编辑|实习编辑|编辑|责编|校对|审校|审核|审签|签发|终审|初审|复审|一审|二审|三审|组稿|供稿|来稿|监制|总监制|编审|美编|策划|统筹|出品人|出品|制作|排版|摄影|摄像";
/** One name after a role; more names follow a space or `、` (`策划：和建华 李春梅`) unless a role does. */
const CREDIT_NAME = "[^\\s：:丨|｜）)\\]】，,;；]{1,16}";
const MORE_NAME = `(?:[ 、](?!(?:${CREDIT_ROLE})\\s*${C})[\\p{Script=Han}·]{2,4}(?=$|[\\s、）)\\]】]))*`;
export const CREDIT_PAIR_RE = new RegExp(`(${CREDIT_ROLE})\\s*${C}\\s*(${CREDIT_NAME}${MORE_NAME})`, "gu");
export const CREDIT_LINE_START_RE = new RegExp(`^[（(\\[【]?\\s*(?:${CREDIT_ROLE})\\s*${C}`);

// ── Metadata labels ───────────────────────────────────────────────────────────
export const SOURCE_LABEL_RE = /(?:文章|新闻|信息)?来源\s*[：:丨|｜]\s*《?\s*([^\s《》：:|｜丨（）()\[\]【】，,；;]{2,24})/;
/**
 * `作者：周雯 王浩` (several names), `作者：向汝莲 2021-03-15`, `记者：王珊`, `通讯员：李四`, `摄影：X`;
 * a name ends the line or a field (not `记者：为什么？` in an interview). Group 1 is the role (see AUTHOR_ROLE_RANK), group 2 the names.
 */
export const AUTHOR_LABEL_RE =
  /(作者|撰稿|撰文|文字|记者|通讯员|实习生|摄影)\s*[：:丨|｜]\s*([^\s：:|｜丨（）()\[\]【】，,；;\d。？！?!“”"]{2,16}?(?=$|[\s、，,；;（(|｜丨）)\]】\d]|\p{Script=Han}{2,4}[：:])(?:[ 、](?!来源|发布|编辑|日期|时间)[\p{Script=Han}·]{2,4}(?=$|[\s、]))*)/u;
/** How far down a label's role is in the author ladder: reporters and writers, then correspondents, then photographers. */
export const AUTHOR_ROLE_RANK: Readonly<Record<string, number>> = { 通讯员: 1, 实习生: 1, 摄影: 2 };
/** `文/X`, `文·图/X`, `文/图 X`, `图文/X`: the writer (and photographer) of the piece. */
export const WEN_SLASH_RE =
  /^(?:[（(]\s*)?(?:(?:文|文字|图文)\s*[·•・/／、]\s*(?:图|摄影)\s*(?:[/／｜|：:]|\s)|(?:文|图文)\s*[/／｜|])\s*([\p{Script=Han}·]{2,12}(?:[\s、][\p{Script=Han}·]{2,4})*)/u;
/** `图/X`, `摄影/X`: a photo credit (the author only when nothing better names one). */
export const PHOTO_SLASH_RE = /^(?:[（(]\s*)?(?:图|摄影|图片)\s*[/／]\s*([\p{Script=Han}·]{2,4}(?:[\s、][\p{Script=Han}·]{2,4})*)[）)]?$/u;
/** Decoration in front of a byline (`□ 记者 X`, `■ 记者 X 通讯员 Y`). */
export const BYLINE_MARK_RE = /^[□■●○◆◇★☆▲△▪▫]\s*/;
/** A standalone byline: `记者王雁博`, `全媒体记者张国帆通讯员申万萍`, `本报记者 张三 通讯员 李四`. */
export const BYLINE_RE =
  /^(?:[□■●○◆◇★☆▲△▪▫]\s*)?(?:[（(]?\s*)?(?:[\p{Script=Han}A-Za-z·]{0,12}?)(?:记者|通讯员|实习生|特约撰稿人)\s*[\p{Script=Han}·\s、]{2,}[）)]?$/u;
export const REPORTER_RE = /(?:记者|作者)\s*((?:[\p{Script=Han}·]{2,4}(?=$|[\s、，,）)]|通讯员|记者|实习生|摄影|报道))(?:[\s、]+[\p{Script=Han}·]{2,4}(?=$|[\s、，,）)]|通讯员|记者|实习生|摄影|报道))*)/u;
/** `消费质量网讯(张天文 记者黄明辉)`, `本报讯（记者 张三）`, `新华社北京3月5日电`. */
export const DATELINE_RE = /^([\p{Script=Han}A-Za-z]{2,16}?)讯\s*(?:[（(]([^）)]{1,40})[）)])?/u;
export const AGENCY_DATELINE_RE = /^([\p{Script=Han}]{1,6}社)[\p{Script=Han}\d月日]{0,12}电/u;
/** Names that are not a publication (`来源：本站`). */
export const NOT_A_SOURCE_RE = /^(?:本站|本网|本报|网络|互联网|原创|综合|转载|未知|其他|网友|投稿|整理|编辑|记者)$/;
/** A `——` (or `--`) subtitle line. */
export const SUBTITLE_RE = /^(?:——|—|--|－－)\s*(.+)$/;
/** `【开栏语】` / `【巩固拓展…】` column prefix of a title. */
export const COLUMN_PREFIX_RE = /^\s*【([^】]{1,40})】\s*/;
/** A headline entirely inside 【】 (`【X：小黄鳝“游”出富民大产业】` alone on its line): unwrapped. */
export const BRACKETED_TITLE_RE = /^\s*【([^【】]{5,80})】\s*$/;
/** Separators before a site-name suffix in a title (`-XX官网`, `_XX网`, `|XX`). */
export const TITLE_SUFFIX_RE = /\s*(?:[-_|｜–—]|\s-\s)\s*([^-_|｜–—]{1,24})$/;
/** What a site-name suffix ends in (besides spam words). */
export const SITE_WORD_RE =
  /(?:网|报|台|在线|频道|平台|客户端|APP|官网|门户|新闻|资讯|日报|晚报|时报|电视台|融媒|融媒体|融媒体中心|头条|娱乐|国际|体育|彩票|棋牌|旗舰厅|电竞)$/i;
/**
 * A line that is only a site's name (`X新闻网`, `X融媒`, `掌上X`, `X客户端`): a masthead, not a
 * headline — unless nothing else in the header could be one.
 */
const SITE_NAME = "(?:掌上[\\p{Script=Han}]{1,8}|[\\p{Script=Han}A-Za-z·]{1,12}(?:网|在线|客户端|APP|融媒|融媒体|融媒体中心|头条|视窗|之窗|发布|之声|电视台|门户|频道))";
export const SITE_NAME_LINE_RE = new RegExp(`^${SITE_NAME}$`, "iu");
/** A site's name and a channel (`X新闻网 | 时政要闻`, `X融媒 > 区县`): a masthead. */
export const SITE_CHANNEL_LINE_RE = new RegExp(`^${SITE_NAME}\\s*[|｜>＞»/／]\\s*[\\p{Script=Han}]{2,8}$`, "u");
/** One part of a bar-joined masthead (`X日报数字报`, `X网`, `X新闻客户端`): a site's name. */
export const SITE_PART_RE =
  /^[\p{Script=Han}A-Za-z·]{1,14}(?:网|报|刊|融媒|融媒体|融媒体中心|客户端|发布|头条|新闻|在线|电视台|广播电视台|视窗|之窗|之声|APP)$/iu;
/** The bars between the parts of a masthead (`X日报 | X网`). */
export const MASTHEAD_BAR_RE = /\s*[|｜]\s*/;
/** Navigation in a header line: breadcrumbs (`X网 > 栏目`), `首页`, `X中心主办`, two or more `|` menu bars. */
export const MASTHEAD_NAV_RE = /[>＞»›]|首页|(?:主办|承办|协办)(?:单位)?$|(?:[|｜].*){2,}/;

// ── Dates ─────────────────────────────────────────────────────────────────────
const TIME = "(?:[\\s\\u3000T]*(\\d{1,2})[:：时](\\d{2})(?:[:：分](\\d{2}))?)?";
export const ISO_DATE_RE = new RegExp(`(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)${TIME}(?:\\s*([+-]\\d{2}:?\\d{2}))?`);
export const CN_DATE_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${TIME}`);
export const SLASH_DATE_RE = new RegExp(`(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)${TIME}`);
/** A date whose parts sat in separate spans: `2022 09/21 10:32:06`, `2022 09-21`. */
export const SPACED_DATE_RE = new RegExp(`(?<!\\d)(\\d{4})[\\s\\u3000]+(\\d{1,2})[/-](\\d{1,2})(?![\\d/-])${TIME}`);
export const DOT_DATE_RE = new RegExp(`(?<!\\d)(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d.])${TIME}`);
export const DATE_LABEL_RE = /(?:发布|发表|更新|上传)(?:时间|日期|于)|(?:^|\s)(?:时间|日期)\s*[：:]/;
export const YEAR_ONLY_RE = /^(\d{4})$/;
export const MONTH_DAY_RE = /^(\d{1,2})\s*[/\-.月]\s*(\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
export const TIME_ONLY_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

// ── URLs and post layout ──────────────────────────────────────────────────────
export const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'，。）)】]+/gi;
export const ANGLE_URL_LINE_RE = /^<(https?:\/\/[^>\s]+)>$/;
export const URL_LABEL_RE = /(?:原文链接|原文地址|原文网址|本文链接)\s*[：:]?\s*(https?:\/\/\S+)/;
/** The post layout's backlinks line: `[返回恩施日报新闻](…)｜[返回首页](…)`. */
export const BACKLINKS_RE = /^\[返回[^\]]*\]\([^)]*\)(?:\s*[｜|]\s*\[返回[^\]]*\]\([^)]*\))*$/;
/** `（文章来源：恩施日报）` in the post layout's `em_media` paragraph. */
export const EM_MEDIA_SOURCE_RE = /来源\s*[：:]\s*([^）)]+?)\s*[）)]?$/;
