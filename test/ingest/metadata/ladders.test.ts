// Each metadata ladder: which rung wins (`via`), and the cases that must never win.
import { describe, expect, it } from "vitest";
import { cleanTitle } from "../../../src/ingest/metadata/title.ts";
import { findSlug } from "../../../src/ingest/metadata/slug.ts";
import { ingestText } from "../support/ingest.ts";

const BODY = "这是正文的第一段，写得足够长，是一个完整的句子，后面还有更多的内容。";
const BODY2 = "这是正文的第二段，也写得足够长，同样是一个完整的句子，读起来通顺。";

describe("title", () => {
  it.each([
    ["【辉煌十三五•奋进十四五】党建引领决战脱贫攻坚-某某娱乐官网", "党建引领决战脱贫攻坚", "辉煌十三五•奋进十四五"],
    ["某县召开乡村振兴工作会议_某某新闻网", "某县召开乡村振兴工作会议", null],
    ["某县召开乡村振兴工作会议 | 某某日报", "某县召开乡村振兴工作会议", null],
    ["2021-2022年度乡村振兴工作总结", "2021-2022年度乡村振兴工作总结", null],
    ["夯基筑垒,守住底线", "夯基筑垒，守住底线", null],
  ])("cleanTitle(%j) → %j", (raw, title, column) => {
    expect(cleanTitle(raw)).toEqual({ title, column });
  });

  it.each([
    ["front matter", `---\ntitle: "FM 标题"\n---\n<p>${BODY}</p>`, "FM 标题", "front-matter"],
    ["markdown `#` lines joined", `# 第一行标题\n\n# 第二行标题\n\n${BODY}`, "第一行标题 第二行标题", "markdown-heading"],
    ["the first header line that is no furniture", `电话：028-12345678\n\n2024年03月29日 星期五\n\n某县压实主体责任续写新篇章\n\n${BODY}`, "某县压实主体责任续写新篇章", "headline"],
    ["a two-line headline in text", `筑牢红色堡垒\n激活振兴引擎\n——某县工作综述\n\n${BODY}`, "筑牢红色堡垒 激活振兴引擎", "headline"],
  ])("%s", (_label, text, title, via) => {
    const a = ingestText(text);
    expect([a.title, a.via.title]).toEqual([title, via]);
  });

  it("skips a masthead (a known publication's name) and a `标题：` label; the masthead leaves the body", () => {
    const a = ingestText(`恩施日报\n\n标题：某镇推进人居环境整治\n\n${BODY}`);
    expect([a.title, a.source, a.via.source]).toEqual(["某镇推进人居环境整治", "恩施日报", "header-registry"]);
    expect(a.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("is null with a warning when there is no header line", () => {
    const a = ingestText(`${BODY}\n\n${BODY2}`);
    expect([a.title, a.via.title]).toEqual([null, "none"]);
    expect(a.warnings).toContain("case.txt: title not found");
  });

  it("skips a spam line and takes a `——` line under the title as the subtitle", () => {
    const a = ingestText(`某某-安全购彩\n\n真正的标题在这里\n\n——副标题的文字\n\n${BODY}`);
    expect([a.title, a.subtitle, a.via.subtitle]).toEqual(["真正的标题在这里", "副标题的文字", "dash-line"]);
    expect(a.body).not.toContain("副标题");
  });
});

describe("date", () => {
  const doc = (header: string) => `某县召开乡村振兴工作会议\n\n${header}\n\n${BODY}\n\n${BODY2}`;
  it.each([
    ["发布时间：2021-03-15 14:28", "2021-03-15T14:28:00+08:00", "labelled"],
    ["来源：某报 2021-03-15 14:28", "2021-03-15T14:28:00+08:00", "header-iso"],
    ["2021年12月15日 10:03", "2021-12-15T10:03:00+08:00", "header-cn"],
    ["2022年03月09日14:20", "2022-03-09T14:20:00+08:00", "header-cn"],
    ["2022/02/13", "2022-02-13T00:00:00+08:00", "header-slash"],
    ["2020.11.02", "2020-11-02T00:00:00+08:00", "header-dot"],
    ["2022\n\n02/13\n\n16:09", "2022-02-13T16:09:00+08:00", "header-split"],
    ["2021-03-15 14:28:05 +0900", "2021-03-15T14:28:05+09:00", "header-iso"],
  ])("%j → %s via %s", (header, date, via) => {
    const a = ingestText(doc(header));
    expect([a.date, a.via.date]).toEqual([date, via]);
    expect(a.body).not.toContain(header.split("\n")[0]);
  });

  it.each([
    ["a page-date widget", "2024年03月29日 星期五"],
    ["an impossible date", "2021-02-30 10:00"],
  ])("never takes %s", (_label, header) => {
    const a = ingestText(doc(header));
    expect(a.date).toBeNull();
    expect(a.warnings).toContain("case.txt: date not found");
  });

  it("never takes a date in the prose", () => {
    const a = ingestText(`某县召开乡村振兴工作会议\n\n从2021年3月1日开始，全县推出系列报道，这是正文的第一段。\n\n${BODY2}`);
    expect(a.date).toBeNull();
  });

  it("reads a front matter date in +08:00, and warns on an invalid one", () => {
    expect(ingestText(`---\ndate: 2021-12-15 10:03:12 +0800\n---\n<p>${BODY}</p>`).date).toBe("2021-12-15T10:03:12+08:00");
    expect(ingestText(`---\ndate: 2021-12-15 07:00\n---\n<p>${BODY}</p>`).date).toBe("2021-12-15T07:00:00+08:00");
    const bad = ingestText(`---\ndate: 2021-02-30\n---\n<p>${BODY}</p>`);
    expect(bad.date).toBeNull();
    expect(bad.warnings).toContainEqual(expect.stringMatching(/^case\.txt: date: front matter date "2021-02-30" is not a valid date/));
  });
});

describe("source", () => {
  const pubs = [{ name: "恩施日报", aliases: ["恩施日报社"] }, { name: "某某新闻网" }];
  const opts = { publications: pubs };
  it.each([
    ["labelled, alias resolved", `标题在这里\n\n来源：恩施日报社 作者：张三\n\n${BODY}`, "恩施日报", "labelled"],
    ["labelled with 《》 and an issue number", `标题在这里\n\n来源:《湘西工作》2021/1\n\n${BODY}`, "湘西工作", "labelled"],
    ["a dateline", `标题在这里\n\n消费质量网讯(张天文 记者黄明辉)仲冬时节，脐橙熟了，这是第一段的句子。\n\n${BODY}`, "消费质量网", "dateline"],
    ["a news agency dateline", `标题在这里\n\n新华社北京3月5日电 这是第一段的句子，写得足够长了吧。\n\n${BODY}`, "新华社", "dateline"],
    ["a registry name in the footer", `标题在这里\n\n${BODY}\n\n关注我们\n\n某某新闻网\n\n微信公众号`, "某某新闻网", "footer-registry"],
    ["a follow-us block", `标题在这里\n\n${BODY}\n\n关注我们\n\n云上某山\n\n微信公众号`, "云上某山", "footer-follow"],
    ["a copyright holder", `标题在这里\n\n${BODY}\n\n某山日报 版权所有`, "某山日报", "footer-copyright"],
  ])("%s", (_label, text, source, via) => {
    const a = ingestText(text, "case.txt", opts);
    expect([a.source, a.via.source]).toEqual([source, via]);
  });

  it("never takes a publication named in the prose", () => {
    const a = ingestText(`标题在这里\n\n在《恩施日报》等媒体平台进行重点宣传报道，形成良好氛围。\n\n${BODY}`, "case.txt", opts);
    expect(a.source).toBeNull();
    expect(a.warnings).toContain("case.txt: source not found");
  });

  it("ignores `来源：本站`", () => {
    expect(ingestText(`标题在这里\n\n来源：本站\n\n${BODY}`).source).toBeNull();
  });
});

describe("author and byline", () => {
  it.each([
    ["作者：向汝莲 2021-03-15 14:28", "向汝莲", "labelled", null],
    ["作者：周雯 王浩", "周雯 王浩", "labelled", null],
    ["文/李明", "李明", "wen-slash", null],
    ["记者王雁博", "王雁博", "byline", "记者王雁博"],
    ["大众网·海报新闻记者 孙涛 通讯员 李明 菏泽报道", "孙涛", "byline", "大众网·海报新闻记者 孙涛"],
    ["通讯员 李四 王五", "李四 王五", "byline", "通讯员 李四 王五"],
  ])("%j → %j via %s", (line, author, via, byline) => {
    const a = ingestText(`标题在这里\n\n${line}\n\n${BODY}`);
    expect([a.author, a.via.author, a.byline]).toEqual([author, via, byline]);
    expect(a.blocks.map((b) => b.text).join("")).not.toContain(line);
  });

  it("takes the reporter from a dateline's parenthesis", () => {
    const a = ingestText(`标题在这里\n\n本报讯（记者 张三 通讯员 李四）这是第一段的句子，写得足够长了。\n\n${BODY}`);
    expect([a.author, a.via.author]).toEqual(["张三", "dateline"]);
  });

  it("keeps a post's own byline paragraph whole (it is rendered first)", () => {
    const a = ingestText(`---\ntitle: T\n---\n<p>全媒体记者张国帆通讯员申万萍</p>\n <p>${BODY}</p>`);
    expect([a.byline, a.author]).toEqual(["全媒体记者张国帆通讯员申万萍", "张国帆"]);
  });
});

describe("url", () => {
  it.each([
    [`---\ntitle: T\nurl: https://example.com/a\n---\n<p>${BODY}</p>`, "https://example.com/a", "front-matter"],
    [`---\ntitle: T\n---\n<p>${BODY}</p>\n\n<http://example.com/b?id=1>\n\n[返回首页](//x/)`, "http://example.com/b?id=1", "post-link"],
    [`标题在这里\n\n${BODY}\n\n原文链接：https://example.com/c`, "https://example.com/c", "labelled"],
    [`标题在这里\n\n${BODY}`, null, "none"],
  ])("%#", (text, url, via) => {
    const a = ingestText(text);
    expect([a.url, a.via.url]).toEqual([url, via]);
  });
});

describe("slug", () => {
  const key = { source: "恩施日报", title: "标题", date: null };
  it.each([
    ["x.md", { slug: "my-post" }, "my-post", "front-matter"],
    ["x.md", { slug: "../../etc" }, "98d7beee95a910ca", "file-id"],
    ["posts/2021-12-15-chuanhao.md", {}, "chuanhao", "jekyll-filename"],
    ["seeds/000_98d7beee95a910ca.txt", {}, "98d7beee95a910ca", "file-id"],
  ])("%s %j → %s", (file, fm, slug, via) => {
    const name = file === "x.md" ? "dir/000_98d7beee95a910ca.md" : file;
    expect(findSlug(name, fm, key)).toEqual({ value: slug, via });
  });

  it("falls back to a stable 16-hex hash of source, title and date", () => {
    const a = findSlug("article.txt", {}, key);
    expect(a.via).toBe("hash");
    expect(a.value).toMatch(/^[0-9a-f]{16}$/);
    expect(findSlug("other.txt", {}, key).value).toBe(a.value);
    expect(findSlug("article.txt", {}, { ...key, title: "另一个" }).value).not.toBe(a.value);
  });
});
