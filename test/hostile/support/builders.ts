// Building blocks of the hostile corpus: article text in the seeds' styles, a post in the target
// layout, deterministic junk bytes, a 20 MB text and an HTML page full of active content.
import { encodeUtf8 } from "./encodings.ts";

export const MIB = 1024 * 1024;
export const HUGE_BYTES = 20 * MIB;

export const PARAGRAPHS = [
  "今年以来，全县坚持以党建为引领，充分发挥各级党组织战斗堡垒作用，全力做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接各项工作。",
  "在这个过程中，党员干部、驻村工作队和村两委全员上阵，按照要求入户遍访，对困难农户加强定期监测预警和动态管理。",
  "通过全覆盖入户摸排，建立健全防返贫监测和帮扶机制，科学制订帮扶方案，确保一户一案对症下药，坚决守住不发生规模性返贫底线。",
];

/** A plain-text article in the seeds' style (title line, source/author/date line, paragraphs). */
export function textArticle(title: string, marker: string, { meta = "来源：湘西日报 作者：张三 2021-03-15 14:28" } = {}): string {
  return [title, "", meta, "", `${marker}，${PARAGRAPHS[0]}`, "", PARAGRAPHS[1], "", PARAGRAPHS[2], ""].join("\n");
}

/** A post in the target layout (seed 000's shape) with the given front matter lines and body paragraphs. */
export function targetPost(frontMatter: string[], paragraphs: string[]): string {
  return `---\nlayout: post\n${frontMatter.join("\n")}\n---\n${paragraphs.map((p) => `<p>${p}</p>`).join("\n ")}<p class="em_media">（文章来源：恩施日报）</p>\n\n[返回恩施日报新闻](//finews.withounder.com/category/enshiribao.html)｜[返回首页](//finews.withounder.com/)`;
}

export const DATED = "date: 2021-12-15 10:03:12 +0800";
export const CATEGORY = "categories: enshiribao";
export const TAGS = "tags: 恩施日报新闻";

/** Deterministic junk bytes (xorshift), so a failing case can be reproduced. */
export function junk(n: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

export function hugeText(): Uint8Array {
  const para = encodeUtf8(`${PARAGRAPHS.join("")}\n\n`);
  const head = encodeUtf8(textArticle("超长文本压力测试稿件标题", "测试标记04"));
  const out = new Uint8Array(HUGE_BYTES);
  out.set(head, 0);
  for (let at = head.length; at < HUGE_BYTES; at += para.length) out.set(para.subarray(0, Math.min(para.length, HUGE_BYTES - at)), at);
  return out;
}

export const HOSTILE_YAML_TITLE = "他说\"你好\"，'单引号'：冒号: 井号 #1 横线 --- 换行\n第二行";
export const ACTIVE_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>主动内容测试页面标题-某某网</title>
<script>alert("XSS_SCRIPT")</script><style>body{background:url("javascript:XSS_STYLE")}</style>
<meta http-equiv="refresh" content="0;url=javascript:alert('XSS_JSURL')"></head>
<body onload="alert('XSS_HANDLER')"><div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<div class="content"><h1>主动内容测试页面标题</h1><p>来源：恩施日报　2021-12-15 10:03</p>
<p>测试标记12，${PARAGRAPHS[0]}<script>document.write("XSS_SCRIPT")</script></p>
<p onclick="alert('XSS_HANDLER')">${PARAGRAPHS[1]}<img src="x.jpg" onerror="alert('XSS_HANDLER')"></p>
<iframe src="javascript:alert('XSS_IFRAME')"></iframe><iframe srcdoc="<script>XSS_IFRAME</script>"></iframe>
<p>${PARAGRAPHS[2]}<a href="javascript:alert('XSS_JSURL')">点击这里</a><a href=" JaVaScRiPt:alert('XSS_JSURL')">再点</a>
<a href="data:text/html;base64,PHNjcmlwdD5YU1NfREFUQVVSTDwvc2NyaXB0Pg==">数据链接</a></p>
<style>p{color:red} /* XSS_STYLE */</style><svg onload="alert('XSS_SVG')"><script>XSS_SVG</script></svg>
<object data="data:text/html,<script>XSS_DATAURL</script>"></object><embed src="javascript:XSS_JSURL">
<noscript><img src=x onerror=alert('XSS_HANDLER')></noscript></div>
<div class="footer">版权所有 技术支持：某某科技</div></body></html>`;
