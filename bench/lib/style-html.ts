// A saved HTML page: head with scripts and styles, navigation, breadcrumbs, the article in a
// `div` among a sidebar of other headlines, share and comment widgets, a copyright footer.
// Class names vary from page to page, so an extractor has to find the text by its density.
import { escapeHtml } from "../../src/article/render.ts";
import type { ArticleSpec } from "./article-spec.ts";
import * as bp from "./boilerplate.ts";
import { oneLineDate } from "./date-formats.ts";
import type { Rng } from "./prng.ts";

const CONTENT_CLASSES = ["article-content", "TRS_Editor", "content", "art_con", "news_txt", "detail-body", "zw", "text-box", "con_txt"];
const WRAP_CLASSES = ["wrap", "main", "container", "w1200", "page", "mainbox"];
const SIDE_CLASSES = ["sidebar", "right", "side", "fr", "aside-box", "hot"];
const NAV_ITEMS = ["首页", "时政", "要闻", "本地", "乡村振兴", "视频", "图片", "专题", "评论", "服务"];
const SIDEBAR_HEADLINES = 10;
const IMAGE_SHARE = 0.15;

const e = escapeHtml;

function head(rng: Rng, s: ArticleSpec, siteName: string): string {
  const description = s.blocks[0]?.text.slice(0, 60) ?? "";
  const canonical = s.url && rng.chance(0.5) ? `\n<link rel="canonical" href="${e(s.url)}">` : "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(s.title)}_${e(siteName)}</title>
<meta name="keywords" content="${e(s.column ?? siteName)},新闻">
<meta name="description" content="${e(description)}">${canonical}
<link rel="stylesheet" href="/static/css/style.css?v=${rng.digits(6)}">
<style>.${rng.pick(CONTENT_CLASSES)} p{text-indent:2em;line-height:1.8}</style>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example.net/hm.js?${rng.hex(32)}";document.head.appendChild(hm);})();</script>
</head>`;
}

function nav(rng: Rng, siteName: string): string {
  const items = NAV_ITEMS.map((n, i) => `<li><a href="/${i ? `col${i}/` : ""}">${n}</a></li>`).join("");
  return `<div class="top"><div class="logo"><a href="/"><img src="/static/logo.png" alt="${e(siteName)}"></a></div>
<ul class="nav">${items}</ul><div class="search"><input type="text" placeholder="搜索"><button>搜索</button></div></div>`;
}

function article(rng: Rng, s: ArticleSpec, captions: readonly string[]): string {
  const info: string[] = [];
  if (s.sourceAs !== null) info.push(`<span>来源：${e(s.sourceAs)}</span>`);
  if (s.author && !s.byline) info.push(`<span>作者：${e(s.author)}</span>`);
  info.push(`<span>${e(oneLineDate(rng, s.date))}</span>`, `<span>${e(bp.viewCount(rng))}</span>`);
  const body: string[] = [];
  if (s.byline) body.push(`<p>${e(s.byline)}</p>`);
  for (const b of s.blocks) {
    body.push(b.kind === "heading" ? `<p><strong>${e(b.text)}</strong></p>` : `<p>${e(b.text)}</p>`);
    if (rng.chance(IMAGE_SHARE)) {
      body.push(`<p style="text-align:center"><img src="/uploads/${rng.hex(24)}.jpg" alt=""></p>`);
      body.push(`<p style="text-align:center">${e(rng.pick(captions))}</p>`);
    }
  }
  if (s.credits.length) body.push(`<p class="editor">（${e(bp.creditsLine(s.credits, "："))}）</p>`);
  const subtitle = s.subtitle ? `\n<h2 class="subtitle">——${e(s.subtitle)}</h2>` : "";
  return `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col1/">${e(s.column ?? "要闻")}</a> &gt; 正文</div>
<div class="${rng.pick(["article", "news-detail", "left", "detail"])}">
<h1>${e(s.title)}</h1>${subtitle}
<div class="${rng.pick(["info", "meta", "source", "property"])}">${info.join(" ")}</div>
<div class="${rng.pick(CONTENT_CLASSES)}">
${body.join("\n")}
</div>
<div class="share">${e(bp.shareLine(rng))} <a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>
<div class="comment"><h3>${bp.COMMENT_WIDGET[0]}</h3><textarea></textarea><p>${bp.COMMENT_WIDGET[2]}</p></div>
</div>`;
}

function sidebar(rng: Rng, captions: readonly string[]): string {
  const items = Array.from(
    { length: SIDEBAR_HEADLINES },
    () => `<li><a href="/content/${rng.digits(7)}.htm">${e(rng.pick(captions))} ${e(rng.pick(captions))}</a></li>`,
  ).join("\n");
  return `<div class="${rng.pick(SIDE_CLASSES)}"><h3>热点新闻</h3><ul>\n${items}\n</ul></div>`;
}

export function renderHtml(rng: Rng, s: ArticleSpec, captions: readonly string[]): string {
  const siteName = s.sourceAs ?? s.pub.name;
  return `${head(rng, s, siteName)}
<body>
${nav(rng, siteName)}
<div class="${rng.pick(WRAP_CLASSES)}">
${article(rng, s, captions)}
${sidebar(rng, captions)}
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>${e(bp.copyrightFooter(rng, s.pub, siteName))}</p><p>${e(bp.contactLine(rng))}</p></div>
<script src="/static/js/jquery.min.js"></script>
<script>$(function(){$(".nav li").hover(function(){$(this).addClass("on")});});</script>
</body>
</html>
`;
}
