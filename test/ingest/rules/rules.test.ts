// Each cleaning rule on its own: it.each([input, expected]) per rule, input a text (one block per
// line, blank lines kept as gaps), expected the blocks left, one per line. A table per rule name;
// the last test pins that every rule of the default pipeline has one.
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../src/ingest/pipeline.ts";
import type { Rule } from "../../../src/types.ts";
import { runRule, stateFor } from "../support/ingest.ts";

const P = "这是一段足够长的正文段落，用来给文档定下正常的段落间距和长度，读起来是完整的句子。";

const CASES: Record<string, [input: string, expected: string][]> = {
  "drop-meta-lines": [
    ["[meta] 标题行\n\n正文。", "正文。"],
    ["正文。", "正文。"],
  ],
  "extract-credits": [
    ["正文。\n\n监制：刘洪 签发：赵明\n一审：李娜 二审：王刚 三审：陈涛\n策划：和建华 李春梅", "正文。"],
    ["正文。\n\n编辑:张可 校对:申涵兮 审核:詹耘", "正文。"],
    ["正文。\n\n组稿:县委组织部", "正文。"],
    ["正文。\n（责任编辑：王某）", "正文。"],
    ["正文结尾。（责任编辑：王某）", "正文结尾。"],
    ["他担任编辑：这是一句话，不是署名。", "他担任编辑：这是一句话，不是署名。"],
  ],
  "merge-continuations": [
    // A short tail split from its paragraph is joined back (linfeng-breadcrumb-text, qinghe-spam-suffix-text).
    [`${P}\n\n${P}其中脱贫户3100余\n\n户。\n\n${P}`, `${P}\n${P}其中脱贫户3100余户。\n${P}`],
    [`${P}做到积分标准公开、积分\n\n事项公开、评分过程公开、兑换结果公开。`, `${P}做到积分标准公开、积分事项公开、评分过程公开、兑换结果公开。`],
    // Not a tail: the paragraph ended, the next block is no sentence end, or a heading-length line.
    [`${P}\n\n户。`, `${P}\n户。`],
    [`${P}其中脱贫户3100余\n\n猕猴桃喜获丰收`, `${P}其中脱贫户3100余\n猕猴桃喜获丰收`],
    ["短行没有句号\n\n户。", "短行没有句号\n户。"],
  ],
  "drop-related-links": [
    [`${P}\n\n相关新闻\n· 某县：木耳产业助农增收\n· 某县开展技能培训`, P],
    [`${P}\n\n【相关阅读】\n某县：木耳产业助农增收\n${P}`, `${P}\n${P}`],
    [`${P}\n\n▪ 某县：木耳产业助农增收\n▪ 某县开展技能培训`, P],
    [`${P}\n· 一是建强组织，选好带头人。\n· 二是发展产业，带动增收。\n${P}`, `${P}\n· 一是建强组织，选好带头人。\n· 二是发展产业，带动增收。\n${P}`],
  ],
  "drop-horizontal-rules": [
    [`${P}\n---\n${P}\n***\n———\n------分隔线------`, `${P}\n${P}`],
    ["——副标题", "——副标题"],
  ],
  "drop-footer": [
    [`${P}\n\n评论一下\n\n关注某某\n\n某某新闻\n\n微信公众号\n\n网站地图`, P],
    [`${P}\n\n某报全媒体 版权所有 COPYRIGHT 2011 ALL RIGHTS RESERVED 蜀ICP备10014373号 技术支持:某科技`, P],
    [`${P}\n\n本文为某某日报原创稿件，转载请注明出处。`, P],
    [`${P}\n\n（作者系某县副书记）`, `${P}\n（作者系某县副书记）`],
  ],
  "drop-spam-lines": [
    ["某某娱乐-手机版下载\n某某体育-信誉第一\n标题", "标题"],
    ["某某-安全购彩\n\n标题", "标题"],
    ["关注某某ag旗舰厅官网\n正文。", "正文。"],
    ["凯旋国际娱乐城 注册即送88元", ""],
    ["文化娱乐活动丰富了群众的生活，综合服务平台建成投用，这是一句很长的正文句子。", "文化娱乐活动丰富了群众的生活，综合服务平台建成投用，这是一句很长的正文句子。"],
  ],
  "drop-contact-lines": [
    ["某某视窗新闻网  微信：abcd2021  邮箱：news@example.com  投稿热线：0439-6123456\n正文。", "正文。"],
    ["新闻广告热线:0719-4224351\n正文。", "正文。"],
    ["电话: 028-86966315\nQ Q: 2677741813", ""],
    ["投稿邮箱丨someone@example.com\n联系电话丨0743-8221256", ""],
    ["全县有6万余户农户从事竹产业。", "全县有6万余户农户从事竹产业。"],
  ],
  "drop-date-widgets": [
    ["2024年03月29日 星期五\n标题", "标题"],
    ["2023年08月14日 星期一  宜昌 多云 26～34℃", ""],
    ["2021年12月15日 10:03", "2021年12月15日 10:03"],
  ],
  "drop-view-counts": [
    ["33849阅读\n正文。", "正文。"],
    ["阅读：1024", ""],
    ["阅卷人是群众。", "阅卷人是群众。"],
  ],
  "drop-comment-widgets": [
    ["评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论", ""],
    ["他的评论引起了关注。", "他的评论引起了关注。"],
  ],
  "drop-share-lines": [
    ["扫一扫在手机打开当前页", ""],
    ["分享到：\n【字体：大 中 小】\n点赞（26） 收藏 分享\n正文。", "正文。"],
  ],
  "drop-app-promos": [
    [`${P}\n下载某某融媒客户端，看更多本地新闻\n打开某某客户端\n某某新闻APP下载`, P],
    [`打开APP就能办社保\n${P}`, `打开APP就能办社保\n${P}`],
    [`${P}\n村民打开APP就能查询。`, `${P}\n村民打开APP就能查询。`],
  ],
  "drop-header-widgets": [
    ["标题\n本站\n原创\n" + P, `标题\n${P}`],
    [`${P}\n本站`, `${P}\n本站`],
  ],
  "drop-navigation": [
    ["首页 > 区县新闻 > 正文\n标题", "标题"],
    ["登录 | 注册 | 设为首页 | 加入收藏", ""],
    ["上一篇：某县召开会议部署全年工作任务\n下一篇：某镇开展活动", ""],
  ],
  "drop-image-names": [
    ["微信图片_20220613123456.png\nIMG_0001.JPG\nDSC_1234.jpg\n图片1.png\n屏幕截图 2022-04-12 101523.png\n正文。", "正文。"],
    ["6c50134346c8d78051d7b74f9dee1d7.jpg\n正文。", "正文。"],
    ["![](/uploads/2019/10/IMG_4512.JPG)\n[图片]", ""],
    ["这张图片很好看。", "这张图片很好看。"],
  ],
  "drop-captions": [
    // Seed 001: captions end in 。 with two blank lines below; headings have a comma.
    [`${P}\n\n${P}\n\n${P}\n\n扶贫产业带头人培训。\n\n\n农民教育培训。\n\n\n强化组织引领,绷紧引领脱贫靠党建的责任链条\n\n${P}`, `${P}\n${P}\n${P}\n强化组织引领,绷紧引领脱贫靠党建的责任链条\n${P}`],
    // Seed 003: three blank lines above.
    [`${P}\n\n${P}\n\n${P}\n\n\n\n猕猴桃喜获丰收\n\n${P}`, `${P}\n${P}\n${P}\n${P}`],
    // A tiny sentence after a long paragraph; a short sentence with a figure stays.
    [`${P}\n\n${P}\n\n${P}\n\n果农正在采摘脐橙。\n\n${P}\n\n全县共有152名驻村第一书记。\n\n${P}`, `${P}\n${P}\n${P}\n${P}\n全县共有152名驻村第一书记。\n${P}`],
    // Marked captions go whatever the gaps.
    [`${P}\n▲邓村乡茶农正在采摘夏秋茶。（通讯员 张帆 摄）\n${P}`, `${P}\n${P}`],
    // A caption set apart on both sides may have a comma; on the usual gap it is a sentence.
    [`${P}\n\n${P}\n\n${P}\n\n\n\n茶园连片，茶农在采摘夏茶。\n\n\n\n${P}`, `${P}\n${P}\n${P}\n${P}`],
    [`${P}\n\n${P}\n\n${P}\n\n今年，全县茶叶产值再创新高。\n\n${P}`, `${P}\n${P}\n${P}\n今年，全县茶叶产值再创新高。\n${P}`],
    // Section headings on the usual gap stay.
    [`${P}\n\n${P}\n\n${P}\n\n夯基筑垒 守住底线\n\n${P}`, `${P}\n${P}\n${P}\n夯基筑垒 守住底线\n${P}`],
  ],
  "merge-page-break-overlap": [
    [`${P}深入学习习近平新时代中国特色社会主义思想\n\n主义思想尤其是习近平总书记的重要论述。`, `${P}深入学习习近平新时代中国特色社会主义思想尤其是习近平总书记的重要论述。`],
    [`${P}群众纷纷跟着干，\n\n纷纷跟着干，全村规模不断扩大。`, `${P}群众纷纷跟着干，全村规模不断扩大。`],
    [`${P}\n\n${P}`, `${P}\n${P}`],
  ],
  "merge-split-words": [
    [`${P}推进乡村“五位一体”全面振\n\n兴，打造示范区。`, `${P}推进乡村“五位一体”全面振兴，打造示范区。`],
    [`${P}\n\n兴旺发达。`, `${P}\n兴旺发达。`],
    ["短行\n\n兴旺发达。", "短行\n兴旺发达。"],
  ],
  "restore-lost-plus": [
    ["扎实推进“5 1”行动素质提升工程。", "扎实推进“5+1”行动素质提升工程。"],
    ["5 1素质提升工程及农村实用技术培训。", "5+1素质提升工程及农村实用技术培训。"],
    ["围绕“党建 ”思路，实施“1 3”计划。", "围绕“党建+”思路，实施“1+3”计划。"],
    ["积极推进“互联网 农业”。", "积极推进“互联网+农业”。"],
    ["Windows 10 21H2 and 2021 12", "Windows 10 21H2 and 2021 12"],
  ],
  "normalize-punctuation": [
    ["印发《贯彻落实<2021年度考核方案>任务清单》", "印发《贯彻落实〈2021年度考核方案〉任务清单》"],
    ["竹山县作为主战场,五年来;成绩:显著?是的!", "竹山县作为主战场，五年来；成绩：显著？是的！"],
    ["中国地质大学(武汉)等13家", "中国地质大学（武汉）等13家"],
    ["收入1,000元，增长3.5%，时间10:03", "收入1,000元，增长3.5%，时间10:03"],
    ["详见http://example.com/a?b=1,2:3(x)页面", "详见http://example.com/a?b=1,2:3(x)页面"],
    ["Hello, world: (yes)!", "Hello, world: (yes)!"],
    ["同比增长20%,高出全县", "同比增长20%，高出全县"],
  ],
  "normalize-whitespace": [
    ["全县乡镇党员干部、 驻村工作队", "全县乡镇党员干部、驻村工作队"],
    ["党建文化广场 食用菌产业大棚", "党建文化广场 食用菌产业大棚"],
    ["两个\u3000\u3000空格", "两个 空格"],
  ],
  "drop-empty-blocks": [["正文。", "正文。"]],
};

const RULES = new Map(DEFAULT_RULES.map(([name, fn]) => [name, fn] as [string, Rule]));

describe.each(Object.entries(CASES))("%s", (name, cases) => {
  it.each(cases)("%j → %j", (input, expected) => {
    expect(runRule(RULES.get(name)!, input)).toBe(expected);
  });
});

describe("rule side effects", () => {
  it("extract-credits keeps the credits as metadata", () => {
    const state = stateFor("正文。\n\n编辑:张可 校对:申涵兮 审核:詹耘");
    RULES.get("extract-credits")!(state);
    expect(state.credits).toEqual([
      { role: "编辑", name: "张可" },
      { role: "校对", name: "申涵兮" },
      { role: "审核", name: "詹耘" },
    ]);
    expect(state.reports[0]).toEqual({ rule: "extract-credits", message: "line 3: 编辑:张可 校对:申涵兮 审核:詹耘" });
  });

  it("drop-image-names tags the line under a picture, and drop-captions takes it even with a comma", () => {
    const state = stateFor(`${P}\n\nIMG_0001.JPG\n\n板栗丰收季，村民在晾晒场分拣板栗。\n\n${P}`);
    RULES.get("drop-image-names")!(state);
    expect(state.blocks[1].tags).toEqual(["caption"]);
    RULES.get("drop-captions")!(state);
    expect(state.blocks.map((b) => b.text)).toEqual([P, P]);
  });

  it("drop-empty-blocks removes blocks emptied by earlier rules", () => {
    const state = stateFor("正文。\n占位");
    state.blocks[1].text = "  ";
    RULES.get("drop-empty-blocks")!(state);
    expect(state.blocks.map((b) => b.text)).toEqual(["正文。"]);
  });
});

it("every default rule has a table of cases", () => {
  expect(Object.keys(CASES).sort()).toEqual(DEFAULT_RULES.map(([name]) => name).sort());
});
