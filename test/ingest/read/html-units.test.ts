// The pieces of the HTML reader on small inputs: text helpers, title suffixes, line breaks,
// scoring by density (not class names), split articles, hints, and degenerate pages.
import { describe, expect, it } from "vitest";
import { readHtml, stripSiteSuffix } from "../../../src/ingest/read/html.ts";
import { countChars, countPunct, toBlockText, unwrapCjk } from "../../../src/ingest/read/html-text.ts";

const P1 = "今年以来，全县坚持以党建引领乡村振兴，组织党员干部深入田间地头，帮助群众解决生产难题。";
const P2 = "村党支部牵头成立合作社，吸纳农户218户，其中脱贫户67户，村集体经济收入增长到38万元。";
const P3 = "下一步，全县将持续深化党建引领乡村振兴工作机制，奋力谱写乡村全面振兴新篇章。";

const texts = (html: string): string[] => readHtml(html, "t.html").blocks.map((b) => b.text);

describe("text helpers", () => {
  it.each([
    ["　　党建引领&nbsp;乡村振兴\u00a0 ", "党建引领&nbsp;乡村振兴"],
    ["a \t\n b", "a b"],
    ["  前 <b>后</b> ", "前 后"],
    ["看 javascript:alert(1) 这里", "看 这里"],
    ["<scr<script>ipt>x", "x"],
    ["图<img src=x onerror=alert(1)>片", "图片"],
  ])("toBlockText(%j) = %j", (raw, expected) => {
    expect(toBlockText(raw)).toBe(expected);
  });

  it("removes a source line wrap between CJK characters only", () => {
    expect(unwrapCjk("党建\n  引领")).toBe("党建引领");
    expect(unwrapCjk("1200亩，\n      建成")).toBe("1200亩，建成");
    expect(unwrapCjk("Party\nbuilding")).toBe("Party\nbuilding");
  });

  it("counts chars without whitespace and sentence punctuation", () => {
    expect(countChars(" 党建\u3000引领\u00a0\n")).toBe(4);
    expect(countPunct("一，二。三；四！五？六、七：八")).toBe(7);
  });
});

describe("stripSiteSuffix", () => {
  it.each([
    ["党建引领决战脱贫攻坚助力乡村振兴-某某娱乐官网", "党建引领决战脱贫攻坚助力乡村振兴"],
    ["积分“小卡片”激活乡村治理“大能量”--湖北频道--人民网", "积分“小卡片”激活乡村治理“大能量”"],
    ["传好“接力棒” 迈步新征程_恩施新闻网_某栏目", "传好“接力棒” 迈步新征程"],
    ["乡村振兴看今朝 | 某某新闻网", "乡村振兴看今朝"],
    ["乡村振兴看今朝｜某某新闻网", "乡村振兴看今朝"],
    ["建强堡垒强引领——茅箭区党建引领脱贫攻坚", "建强堡垒强引领——茅箭区党建引领脱贫攻坚"],
    ["2021-2025年乡村振兴规划出炉", "2021-2025年乡村振兴规划出炉"],
  ])("%s → %s", (raw, expected) => {
    expect(stripSiteSuffix(raw)).toBe(expected);
  });
});

describe("blocks", () => {
  it("cuts <br>-separated text into lines with gapBefore 0 after one <br>, 1 after two", () => {
    const page = readHtml(`<div class="x">${P1}<br>${P2}<br><br>${P3}</div>`, "t.html");
    expect(page.blocks.map((b) => [b.text, b.gapBefore])).toEqual([
      [P1, 1],
      [P2, 0],
      [P3, 1],
    ]);
  });

  it("keeps inline markup inside one block and a space between separate inline elements", () => {
    const page = readHtml(`<div><p>${P1}<strong>加粗</strong><a href="/x">链接</a></p><p>${P2}</p><p class="meta"><span>来源：某报</span>\n<span>作者：张三</span></p></div>`, "t.html");
    expect(page.blocks.map((b) => b.text)).toEqual([`${P1}加粗链接`, P2, "来源：某报 作者：张三"]);
  });

  it("finds the text by density, not by class names", () => {
    const decoy = `<div class="article-content main-text"><ul>${"<li><a href='/n'>乡村振兴新闻标题一条</a></li>".repeat(8)}</ul><p>更多新闻请点击</p></div>`;
    const real = `<div class="x1"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;
    expect(texts(`<body>${decoy}${real}</body>`)).toEqual([P1, P2, P3]);
  });

  it("scores <div> paragraphs like <p> paragraphs (an article of divs beats a comment list of p)", () => {
    const article = `<div class="a">${[P1 + P2, P2 + P3, P3 + P1, P1 + P3].map((p) => `<div>${p}</div>`).join("")}</div>`;
    const comments = `<div class="b">${["说得好，支持！", "点赞，为家乡骄傲！", "写得真好，学习了。", "希望越来越好，加油！"]
      .map((c) => `<p>网友：${c}我们村也在发展产业，日子越过越红火。</p>`).join("")}</div>`;
    expect(texts(`<body>${comments}${article}</body>`)).toEqual([P1 + P2, P2 + P3, P3 + P1, P1 + P3]);
  });

  it("joins an article split over sibling divs, and a lone intro paragraph", () => {
    const html = `<div id="w"><p>${P3}${P3}</p><div class="t"><p>${P1}</p><p>${P2}</p><p>${P1}</p></div>
      <div class="pic"><img src="a.jpg"></div><div class="t"><p>${P2}</p><p>${P3}</p></div>
      <div class="share-bar"><a href="#">微信</a><a href="#">微博</a></div></div>`;
    expect(texts(html)).toEqual([P3 + P3, P1, P2, P1, P2, P3]);
  });

  it("drops hidden blocks and small forms, keeps a form that wraps the whole page", () => {
    const hidden = `<div style="display: none"><p>${P2}隐藏</p></div>`;
    const small = `<form><p>发表评论：请文明发言，理性表达观点。</p><textarea></textarea></form>`;
    expect(texts(`<form id="form1"><div class="c"><p>${P1}</p>${hidden}<p>${P3}</p>${small}</div></form>`)).toEqual([P1, P3]);
  });

  it("does not emit the headline as a block, and falls back to og:title then <title>", () => {
    const body = `<div><p>${P1}</p><p>${P2}</p></div>`;
    const withH1 = readHtml(`<title>春耕时节农事忙_某网</title><div><h1>春耕时节农事忙</h1><p>${P1}</p><p>${P2}</p></div>`, "t.html");
    expect([withH1.title, withH1.blocks.map((b) => b.text)]).toEqual(["春耕时节农事忙", [P1, P2]]);
    expect(readHtml(`<head><meta property="og:title" content="标题乙的全文"><title>别的_某网</title></head>${body}`, "t.html").title).toBe("标题乙的全文");
    expect(readHtml(`<head><title>标题丙的全文_某某网</title></head>${body}`, "t.html").title).toBe("标题丙的全文");
  });
});

describe("headline and captions", () => {
  it("finds a headline inside a <br>-text container and leaves it out of the blocks", () => {
    const html = `<title>菜篮子拎出好日子</title><table><tr><td><a href="/">首页</a></td><td>
      <center><b><font size="4">菜篮子拎出好日子</font></b></center>
      <center>时间：2019-12-03 09:08:17　来源：某网</center>
      <font size="3">&nbsp;&nbsp;${P1}<br><br>&nbsp;&nbsp;${P2}</font></td></tr></table>`;
    const page = readHtml(html, "t.html");
    expect(page.title).toBe("菜篮子拎出好日子");
    expect(page.blocks.map((b) => b.text)).toEqual(["时间：2019-12-03 09:08:17 来源：某网", P1, P2]);
  });

  it("takes labelled lines just above the headline into the header, not a page-date widget", () => {
    const html = `<div class="top">2024年03月29日 星期五</div><div class="nav"><a href="/">首页</a></div>
      <div class="info">时间：2021-03-15 14:28 来源：某某日报</div><h1>春耕时节农事忙</h1>
      <div class="c"><p>${P1}</p><p>${P2}</p></div>`;
    const header = readHtml(html, "t.html").blocks.filter((b) => b.tags?.includes("header"));
    expect(header.map((b) => b.text)).toEqual(["时间：2021-03-15 14:28 来源：某某日报"]);
  });

  it("tags a short line below a standalone picture as caption, but never a byline", () => {
    const html = `<div><section><img src="a.jpg"></section><section>记者 刘畅 通讯员 王莉</section><p>${P1}</p>
      <p><img src="b.jpg"></p><p>图为合作社社员采摘茶叶。（记者 刘畅 摄）</p><p>${P2}<img src="c.jpg"></p><p>${P3}</p></div>`;
    const tagged = readHtml(html, "t.html").blocks.filter((b) => b.tags?.includes("caption"));
    expect(tagged.map((b) => b.text)).toEqual(["图为合作社社员采摘茶叶。（记者 刘畅 摄）"]);
  });
});

describe("hints", () => {
  it("takes no date from the <time> of a comment thread", () => {
    const html = `<div class="post"><time datetime="2022-10-14T21:05:11+08:00">10月14日</time><p>${P1}</p></div>
      <ol class="comment-list"><li><time datetime="2022-10-15T09:12:45+08:00">10月15日</time><p>${P2}</p></li></ol>`;
    expect(readHtml(html, "t.html").hints.date).toEqual(["2022-10-14T21:05:11+08:00"]);
  });

  it("reads JSON-LD in @graph, skips broken JSON-LD, and orders site names last", () => {
    const html = `<head>
      <meta property="og:site_name" content="某某网">
      <meta name="ContentSource" content="某某日报">
      <script type="application/ld+json">{ broken, }</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"站点"},
        {"@type":["NewsArticle"],"headline":"标题","datePublished":"2022-02-13T16:09:00+08:00",
         "author":"记者甲","publisher":{"name":"某某报社"},"mainEntityOfPage":{"@id":"https://x.example/a.html"}}]}</script>
      </head><body><div><p>${P1}</p></div><time datetime="2022-02-13">2月13日</time></body>`;
    expect(readHtml(html, "t.html").hints).toEqual({
      title: ["标题"],
      date: ["2022-02-13T16:09:00+08:00", "2022-02-13"],
      source: ["某某日报", "某某报社", "某某网"],
      author: ["记者甲"],
      url: ["https://x.example/a.html"],
    });
  });
});

describe("degenerate pages", () => {
  it.each([
    ["empty", ""],
    ["text only", "只有一行字"],
    ["no prose", "<ul><li><a href='/'>首页</a></li><li><a href='/a'>新闻</a></li></ul><p>短</p>"],
    ["unclosed", "<div><p>未闭合的段落<div><span>"],
  ])("%s: returns without throwing", (_name, html) => {
    const page = readHtml(html, "t.html");
    expect(Array.isArray(page.blocks)).toBe(true);
    for (const b of page.blocks) expect(b.text.length).toBeGreaterThan(0);
  });

  it("reads a fragment of top-level paragraphs whole, even with one paragraph in a div", () => {
    expect(texts(`<p>${P1}</p>\n<p>短句</p>\n<div><p>${P2}</p></div><h2>小标题</h2><p>${P3}</p>`)).toEqual([P1, "短句", P2, "小标题", P3]);
  });

  it("survives hostile nesting depth", () => {
    const depth = 20_000;
    const html = "<div>".repeat(depth) + `<p>${P1}</p>` + "</div>".repeat(depth);
    expect(texts(html)).toEqual([P1]);
  });
});
