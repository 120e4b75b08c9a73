// The seed table of issue 2, the round trip of the target layout, nothing lost, nothing leaked.
import { describe, expect, it } from "vitest";
import { renderPost } from "../../src/article/render.ts";
import type { Article } from "../../src/types.ts";
import { bodyText, ingestSeed, ingestText, seedBytes } from "./support/ingest.ts";

const SITE_URL = "https://finews.withounder.com";

const TABLE = [
  ["000", "传好“接力棒” 迈步新征程", "2021-12-15T10:03:12+08:00", "恩施日报", "enshiribao"],
  ["001", "党建引领决战脱贫攻坚助力乡村振兴", null, "云上竹山", "yunshangzhushan"],
  ["002", "做好巩固拓展脱贫攻坚成果 同乡村振兴有效衔接新答卷", "2021-03-15T14:28:00+08:00", "湘西工作", "xiangxigongzuo"],
  ["003", "建强堡垒强引领 精准发力促振兴", null, null, null],
  ["004", "邻水县压实主体责任 握稳“接力棒” 续写新篇章", "2022-02-13T16:09:00+08:00", "消费质量网", "xiaofeizhiliangwang"],
] as const;

/** Strings that must appear nowhere in any output (tests may name them; rules may not). */
const FORBIDDEN = ["彩神", "人生就是博", "尊龙", "扫一扫", ".jpg", "备案", "技术支持", "评论"];
const PHONE_RE = /0\d{2,3}-\d{7,8}/;
const QQ_RE = /Q\s*Q|\d{9,}/;
const EMAIL_RE = /@\w/;
const VIEWS_RE = /\d+\s*阅读/;

/** Everything a reader of the output sees (the original URL aside: its query has long numbers). */
function outputText(a: Article): string {
  return [a.title, a.subtitle, a.author, a.byline, a.source, a.body].join("\n");
}

describe("the seed table of issue 2", () => {
  it.each(TABLE)("%s: title, date, source, category", (seed, title, date, source, category) => {
    const a = ingestSeed(seed);
    expect(a.title).toBe(title);
    expect(a.date).toBe(date);
    expect(a.source).toBe(source);
    expect(a.category).toBe(category);
    expect(a.tags).toEqual(source ? [`${source}新闻`] : []);
    if (date === null) expect(a.warnings).toContain(`${a.file}: date not found`);
    if (source === null) expect(a.warnings).toContain(`${a.file}: source not found`);
  });

  it("finds the authors: 002 向汝莲, 003 王雁博 (with its byline line), 004 contains 黄明辉", () => {
    expect(ingestSeed("002").author).toBe("向汝莲");
    const s3 = ingestSeed("003");
    expect([s3.author, s3.byline]).toEqual(["王雁博", "记者王雁博"]);
    expect(ingestSeed("004").author).toContain("黄明辉");
  });

  it("records which strategy won each field", () => {
    expect(ingestSeed("000").via).toEqual({
      title: "front-matter", subtitle: "none", date: "front-matter", source: "em-media",
      author: "byline", url: "post-link", slug: "file-id",
    });
    expect(ingestSeed("001").via).toMatchObject({ title: "headline", date: "none", source: "footer-registry" });
    expect(ingestSeed("002").via).toMatchObject({ date: "header-iso", source: "labelled", author: "labelled" });
    expect(ingestSeed("003").via).toMatchObject({ title: "markdown-heading", subtitle: "dash-line", author: "byline" });
    expect(ingestSeed("004").via).toMatchObject({ date: "header-split", source: "dateline", author: "dateline" });
  });

  it("keeps 003's subtitle without its dashes, and the registry name never from prose (《十堰日报》)", () => {
    const a = ingestSeed("003");
    expect(a.subtitle).toBe("茅箭区 党建引领脱贫攻坚加速乡村振兴");
    expect(a.source).toBeNull();
    expect(bodyText(a)).toContain("《十堰日报》");
  });

  it("takes editor credits out of the body into metadata", () => {
    expect(ingestSeed("004").credits).toEqual([
      { role: "编辑", name: "张可" },
      { role: "校对", name: "申涵兮" },
      { role: "审核", name: "詹耘" },
    ]);
    expect(ingestSeed("001").credits).toEqual([{ role: "组稿", name: "县委组织部" }]);
    expect(ingestSeed("004").body).not.toContain("张可");
  });

  it.each(["000", "001", "002", "003", "004"])("%s: no spam, contact, widget or footer in the output", (seed) => {
    const text = outputText(ingestSeed(seed));
    for (const s of FORBIDDEN) expect(text).not.toContain(s);
    expect(text).not.toMatch(PHONE_RE);
    expect(text).not.toMatch(QQ_RE);
    expect(text).not.toMatch(EMAIL_RE);
    expect(text).not.toMatch(VIEWS_RE);
  });
});

describe("the target layout passes through", () => {
  it("renders 000 byte-identical to the file", () => {
    const { bytes } = seedBytes("000");
    expect(renderPost(ingestSeed("000"), { siteUrl: SITE_URL })).toBe(new TextDecoder().decode(bytes));
  });

  it.each(["001", "002", "003", "004"])("%s: the rendered post reads back to the same article, and renders identically", (seed) => {
    const a = ingestSeed(seed);
    const post = renderPost(a, { siteUrl: SITE_URL });
    const b = ingestText(post, `${seed}-rendered.md`);
    expect(b.kind).toBe("post");
    expect([b.title, b.subtitle, b.date, b.source, b.category, b.byline, b.url]).toEqual([
      a.title, a.subtitle, a.date, a.source, a.category, a.byline, a.url,
    ]);
    expect(b.body).toBe(a.body);
    expect(renderPost(b, { siteUrl: SITE_URL })).toBe(post);
  });
});

describe("every real paragraph survives", () => {
  // One sentence from each section of each seed (text as it reads after cleaning).
  const SPOT = {
    "001": [
      "【开栏语】为全面总结全县“十三五”期间",
      "竹山县作为秦巴山片区扶贫开发主战场，五年来",
      "强化政治引领，筑牢围绕脱贫抓党建的思想根基",
      "扎实推进“5+1”行动素质提升工程。",
      "该村在整治转化中围绕“党建+”思路",
      "实施“1+3”计划、“5+1”行动同乡村振兴战略结合",
      "中国地质大学（武汉）等13家",
      "突出方向引领，超前布局党建促振兴的行动自觉",
      "一个都不能少。",
    ],
    "002": ["做好工作重心衔接，解决“衔接方向”问题。", "做好实施主体衔接，解决“谁来衔接”的问题。", "（作者系泸溪县委副书记）"],
    "003": [
      "一个党员一面旗，在脱贫攻坚的战场上猎猎飘扬；",
      "深入学习习近平新时代中国特色社会主义思想尤其是习近平总书记关于脱贫攻坚的重要论述",
      "“五位一体”全面振兴，打造农文旅融合示范区",
      "注重把大学生村官力量向精准扶贫村、重点村倾斜，先后将28名",
      "迈上乡村振兴绿色发展新征程！",
    ],
    "004": [
      "消费质量网讯（张天文 记者黄明辉）仲冬时节，石永镇红花坪村的脐橙熟了",
      "像刘西林这样结对帮扶的驻村第一书记在全县共有152名。",
      "高出全县农村人均可支配收入8.8个百分点。",
    ],
  } as const;

  it.each(Object.entries(SPOT))("%s", (seed, sentences) => {
    const body = bodyText(ingestSeed(seed));
    for (const s of sentences) expect(body).toContain(s);
  });

  it("keeps 003's section headings as headings, in order", () => {
    const headings = ingestSeed("003").blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["提高政治站位 强化责任担当", "坚持党建引领 推进全面振兴", "狠抓队伍建设 发挥先锋模范作用"]);
  });

  it("drops the captions of 001 and 003 but no paragraph of 000", () => {
    expect(bodyText(ingestSeed("001"))).not.toMatch(/^(扶贫产业带头人培训。|村党群服务中心。)$/m);
    expect(bodyText(ingestSeed("003"))).not.toMatch(/^(猕猴桃喜获丰收|特色民宿)$/m);
    expect(ingestSeed("000").blocks).toHaveLength(26); // 27 `<p>` minus the byline
  });
});
