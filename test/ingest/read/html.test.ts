// readHtml on full saved pages of Chinese news sites in different CMS styles (html-fixtures/):
// every real paragraph in order, no page chrome, headings as heading blocks, header-zone lines
// tagged "header", credits after the text tagged "trailer", hints from <meta>/JSON-LD/<time>.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../../src/ingest/read/html.ts";
import type { Block, MetaHints } from "../../../src/types.ts";

interface PageCase {
  file: string;
  title: string;
  /** Every block that is not a header/trailer line, in order (headings included). */
  body: string[];
  headings: { text: string; level: number }[];
  /** Each must match one "header" block. */
  header: RegExp[];
  trailer?: string[];
  captions?: string[];
  hints: MetaHints;
  /** Page chrome that must appear in no block. */
  absent: string[];
}

const CHROME = ["版权所有", "ICP备", "技术支持", "分享到", "扫一扫", "上一篇", "下一篇", "当前位置", "公网安备"];

const CASES: PageCase[] = [
  {
    file: "county-article-content.html",
    title: "党建引领产业兴 乡村振兴添动能",
    body: [
      "本网讯（全媒体记者 李晓梅 通讯员 王建）连日来，玉泉县各乡镇党委以党建引领产业发展为抓手，组织党员干部深入田间地头，帮助群众解决生产难题，为巩固拓展脱贫攻坚成果注入强劲动能。",
      "一、支部带头 产业有了“主心骨”",
      "在青石镇桃花村，村党支部牵头成立的茶叶专业合作社今年已吸纳农户218户，其中脱贫户67户。“过去各家各户自己种、自己卖，价格上不去。现在有了合作社统一收购，每斤鲜叶能多卖两块钱。”脱贫户陈大富算起了增收账。",
      "近年来，桃花村坚持“支部+合作社+农户”模式，党员示范带动发展茶叶1200亩，建成标准化加工厂房1座，村集体经济收入从2019年的不足5万元增长到去年的38万元。",
      "图为桃花村茶园。（全媒体记者 李晓梅 摄）",
      "二、人才回引 振兴有了“领头雁”",
      "人才是乡村振兴的关键。玉泉县深入实施“雁归工程”，建立在外能人信息库，累计回引在外务工经商人员326人，其中52人进入村“两委”班子，一批懂经营、善管理的年轻人成为带领群众致富的“领头雁”。",
      "白河镇返乡青年刘阳流转土地300余亩发展高山蔬菜，带动周边40多户群众就近务工。他说：“家乡的变化越来越大，我们年轻人回来大有可为。”",
      "下一步，玉泉县将持续深化党建引领乡村振兴工作机制，以组织振兴带动产业、人才、文化、生态振兴，奋力谱写乡村全面振兴新篇章。",
    ],
    headings: [
      { text: "一、支部带头 产业有了“主心骨”", level: 3 },
      { text: "二、人才回引 振兴有了“领头雁”", level: 3 },
    ],
    header: [/^来源：玉泉县融媒体中心 作者：李晓梅 发布时间：2021-06-18 09:32/],
    trailer: ["【责任编辑：张敏】"],
    captions: ["图为桃花村茶园。（全媒体记者 李晓梅 摄）"],
    hints: {
      title: ["党建引领产业兴 乡村振兴添动能", "党建引领产业兴 乡村振兴添动能_玉泉县融媒体中心"],
      date: ["2021-06-18 09:32:00"],
      source: ["玉泉县融媒体中心"],
      author: ["李晓梅"],
      url: ["https://www.yuquan-rmt.example.cn/news/2021/0618/12345.html"],
    },
    absent: [...CHROME, "热点排行", "青石镇：小茶叶撬动大产业", "星期五", "网站首页", "请输入关键词", "登录", "hm.js", ".jpg", "关于我们"],
  },
  {
    file: "people-rm-txt-con.html",
    title: "积分“小卡片”激活乡村治理“大能量”",
    body: [
      "人民网武汉3月15日电 走进清江县龙潭村，村委会门口的“积分榜”格外醒目，每户村民的积分一目了然。“参加义务劳动加2分，庭院干净整洁加3分，积分可以到超市兑换生活用品。”村党支部书记田国华介绍说。",
      "去年以来，清江县在全县推行“党建+积分制”管理模式，由村党组织牵头，把产业发展、人居环境、移风易俗、邻里互助等内容细化为积分项目，按月评议、按季公示、年终兑现，引导群众从“要我做”变成“我要做”。",
      "龙潭村村民在积分超市兑换生活用品。人民网 王雁摄",
      "“以前村里开会，喊好几遍都来不齐。现在大家都抢着参加，谁都不想积分落后。”村民向秀英笑着说。积分制实施以来，龙潭村累计开展义务劳动46次，清理沟渠12公里，村容村貌焕然一新。",
      "为确保积分制公平公正，清江县建立“党员评、群众议、支部定”的评议机制，积分结果在村务公开栏和微信群同步公示，接受群众监督。目前，全县187个村已全部推行积分制管理，累计兑换物品价值达120余万元。",
      "清江县委组织部相关负责人表示，下一步将进一步完善积分内容和兑换方式，把积分结果与评先评优、入党积极分子培养等挂钩，让积分制成为推动乡村治理的“金钥匙”。",
      "(责编：杨帆、刘洋)",
    ],
    headings: [],
    header: [/^——清江县探索“党建\+积分制”乡村治理新路径$/, /^王雁$/, /^2021年03月15日08:21 \| 来源：人民网－湖北频道$/],
    captions: ["龙潭村村民在积分超市兑换生活用品。人民网 王雁摄"],
    hints: {
      title: ["积分“小卡片”激活乡村治理“大能量”", "积分“小卡片”激活乡村治理“大能量”--湖北频道--人民网"],
      date: ["2021-03-15"],
      source: ["来源：人民网－湖北频道"],
      author: ["王雁"],
    },
    absent: [...CHROME, "相关新闻", "湖北：以党建引领乡村治理现代化", "热点推荐", "频道精选", "武汉樱花", "人民网版权所有", "我要留言", "手机看新闻", "人民网首页", "all rights reserved"],
  },
  {
    file: "gov-ucap-content.html",
    title: "石门县压实帮扶责任 推动防返贫监测帮扶落地见效",
    body: [
      "今年以来，石门县坚持把防止返贫监测帮扶作为巩固拓展脱贫攻坚成果的底线任务，压紧压实各级帮扶责任，确保不发生规模性返贫。",
      "健全机制，织密监测“防护网”。全县建立“农户自主申报、基层干部排查、部门筛查预警”三线监测机制，每月开展一次集中排查，对因病、因灾、因意外事故等导致基本生活出现困难的农户，做到早发现、早干预、早帮扶。",
      "精准施策，拧紧帮扶“责任链”。对纳入监测的农户，逐户落实帮扶责任人，因户因人制定帮扶措施。截至目前，全县累计识别监测对象1126户3584人，已消除风险812户，落实产业帮扶、就业帮扶、综合保障等措施3400余项次。",
      "强化督导，跑好衔接“接力棒”。县乡村振兴局联合县纪委监委开展专项督导，采取“四不两直”方式深入村组农户，对发现的问题建立台账、限期整改，推动各项帮扶政策落地落实。",
      "（县乡村振兴局 覃明）",
    ],
    headings: [],
    header: [/^发布时间：2022-02-13 16:09$/, /^信息来源：县乡村振兴局$/],
    hints: {
      title: ["石门县压实帮扶责任 推动防返贫监测帮扶落地见效", "石门县压实帮扶责任 推动防返贫监测帮扶落地见效 - 石门县人民政府门户网站"],
      date: ["2022-02-13 16:09"],
      source: ["县乡村振兴局", "石门县人民政府门户网站"],
      author: ["县乡村振兴局"],
      url: ["http://www.shimen.gov.example/bmdt/202202/t20220213_1234567.html"],
    },
    absent: [...CHROME, "欢迎访问", "政务公开", "相关文章", "我县召开巩固拓展", "打印", "关闭", "主办", "网站标识码", "无障碍", "字体", "/wEPDw"],
  },
  {
    file: "table-td-br.html",
    title: "龙溪镇：“三个一”工作法激活基层党建一池春水",
    body: [
      "今年以来，龙溪镇党委围绕“建强支部、服务群众、推动发展”目标，探索实施“一村一品牌、一月一主题、一人一责任”工作法，推动基层党建与乡村振兴深度融合。",
      "一村一品牌，让支部建设有特色。镇党委结合各村资源禀赋和产业基础，指导12个村党组织分别打造“红色果园”“党员先锋茶园”等党建品牌，做到村村有特色、支部有亮点。",
      "一月一主题，让组织生活有活力。各村党组织每月确定一个主题党日活动内容，",
      "组织党员开展政策宣讲、志愿服务、环境整治等活动，今年以来累计开展主题党日活动140余场次，参与党员2600余人次。",
      "一人一责任，让党员作用有平台。全镇468名农村党员全部认领责任岗位，在产业发展、矛盾调解、人居环境整治中当先锋、作表率，群众满意度明显提升。",
      "龙溪镇党委书记表示，下一步将持续深化“三个一”工作法，以高质量党建引领乡村振兴取得新成效。",
    ],
    headings: [],
    header: [/^2020\.11\.02 来源：龙溪镇党委 作者：孙丽/],
    hints: { title: ["龙溪镇：“三个一”工作法激活基层党建一池春水", "龙溪镇：“三个一”工作法激活基层党建一池春水 -- 中共宁川县委组织部"] },
    absent: [...CHROME, "工作动态", "宁川县召开2020年基层党建重点任务推进会", "2020-10-28", "组织建设", "打印本页", "document.write", "备案号"],
  },
  {
    file: "related-and-comments.html",
    title: "驻村第一书记：把群众的事当成自己的事",
    body: [
      "仲冬时节，石桥镇红花坪村的脐橙熟了，黄灿灿的果实散发出诱人的清香。一大早，驻村第一书记刘西明就和工作队员来到脱贫户唐文寿的果园，帮着分拣装箱、联系客商。",
      "“正是脐橙大量上市的时候，要抓紧抢收，按大小、品相分级装箱，才能卖个好价钱。”刘西明一边帮忙一边叮嘱。唐文寿掰着指头算起了收入账：“今年平均每亩能收入5000元左右，比往年多了一大截。”",
      "2021年5月，刘西明被选派到红花坪村任第一书记。初到村里，他用两个月时间走遍全村312户，把群众反映的42个问题一一记在本子上，逐项制定解决方案。",
      "村里的产业路不通，脐橙运不出去，他多方协调争取项目资金，修通了3.2公里的产业路；群众缺技术，他请来县农业农村局的专家，在田间地头开办培训班12期。",
      "“把群众的事当成自己的事，群众才会把你当成自家人。”刘西明说。如今，红花坪村脐橙种植面积发展到1800亩，村集体经济收入突破30万元。",
      "像刘西明这样的驻村第一书记，全县共有152名。他们扎根基层、真抓实干，成为巩固拓展脱贫攻坚成果、全面推进乡村振兴的骨干力量。",
    ],
    headings: [],
    header: [/^2022-02-13 16:09 来源：川东日报 记者 黄明 通讯员 张天/],
    hints: {
      title: ["驻村第一书记：把群众的事当成自己的事", "驻村第一书记：把群众的事当成自己的事 | 川东新闻网"],
      date: ["2022-02-13T16:09:00+08:00"],
      source: ["川东日报", "川东新闻网"],
      author: ["黄明", "张天"],
      url: ["https://www.chuandong-news.example.com/2022/0213/a88231.html"],
    },
    absent: [
      ...CHROME, "相关新闻", "全县召开驻村帮扶工作推进会", "网友评论", "发表评论", "为刘书记点赞", "又甜又多汁",
      "回乡发展种植", "热门推荐", "春耕时节", "眼下正值春耕", "标签", "上一页", "客户端下载",
    ],
  },
  {
    file: "no-class-hostile.html",
    title: "建强堡垒强引领 精准发力促振兴",
    body: [
      "一个党员一面旗，在脱贫攻坚的战场上猎猎飘扬；全区党员一条心，在乡村振兴的征途上众志成城。2020年以来，茅山区委组织部围绕党建引领脱贫攻坚、乡村振兴，以提升组织力为重点，扎实推进基层党建。",
      "茅山区全面推行“区委常委包片、县级领导联乡、区直单位包村”的做法，基层各级党组织把脱贫攻坚作为第一政治任务，让基层工作有人抓、问题有人管、责任有人担。",
      "同时，该区突出政治教育，组织乡镇党委书记、村干部、合作社代表外出学习考察，开阔工作思路、坚定发展信心。详情点击这里查看。",
      "技术文章常说：alert(\"x\")这类代码必须过滤，也是如此。",
      "聚焦绿色发展，建设富裕乡村。立足城郊区位和生态优势，每年投入6000余万元支持产业基地改造升级，发展农家乐242家，80%的农户吃上了“旅游饭”。",
      "前行路上，风展红旗如画。茅山区将进一步扎实推进基层党建“整区推进”计划，激活红色引擎，迈上乡村振兴绿色发展新征程！",
    ],
    headings: [],
    header: [/^发布时间：2020-09-21 08:30 来源：茅山区委组织部 记者：王雁$/],
    hints: { title: ["建强堡垒强引领 精准发力促振兴", "【奋进新征程】建强堡垒强引领 精准发力促振兴-人生如意娱乐官网"] },
    absent: [
      ...CHROME, "人生如意", "真人视讯", "投注", "通知公告", "由脚本写入", "被注释掉", "框架内的文字", "样式里的文字",
      "矢量图里的文字", "请开启JavaScript", "站内搜索", "猕猴桃喜获丰收", "主办单位", "All Rights Reserved",
    ],
  },
  {
    file: "html5-article.html",
    title: "传好“接力棒” 迈步新征程",
    body: [
      "今年以来，建新县委、县政府以党建为引领，充分发挥各级党组织战斗堡垒作用，强化“党建+”模式，全力做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接，走出了一条平稳过渡、群众满意的路径。",
      "夯基筑垒，守住底线",
      "党的十八大以来，建新县如期实现4.1万户13.75万贫困人口脱贫摘帽。脱贫后的建新大地，每一寸土地都是热闹而灿烂的。",
      "高坪镇大横坡村一角。",
      "今年7月至10月，建新县组建专班，由县领导率队分赴全县10个乡镇开展到村到户遍访，对脱贫不稳定户、边缘易致贫户和突发严重困难户等“三类对象”实现动态监测。",
      "巩固成果，衔接转化",
      "为确保力量衔接，全县组建405个驻村工作队，选派235名驻村第一书记，实现驻村帮扶全覆盖，打造了一支能力素质过硬的乡村振兴骨干队伍。",
      "产业振兴，鼓足“钱袋子”；",
      "人才振兴，锻造“排头兵”；",
      "文化振兴，提振“精气神”。",
      "建新县始终坚持以党建引航定向，筑牢平稳过渡堡垒，确保方向明、目标准。",
    ],
    headings: [
      { text: "夯基筑垒，守住底线", level: 2 },
      { text: "巩固成果，衔接转化", level: 2 },
    ],
    header: [/^2021年12月15日 10:03 来源：清河日报$/, /^全媒体记者张国帆 通讯员申万萍$/],
    trailer: ["责任编辑：周丽"],
    captions: ["高坪镇大横坡村一角。"],
    hints: {
      title: ["传好“接力棒” 迈步新征程", "传好“接力棒” 迈步新征程 - 清河日报"],
      date: ["2021-12-15 10:03:12", "2021-12-15T10:03:12+08:00"],
      source: ["清河日报"],
      url: ["https://www.qinghe-daily.example/news/20211215/98d7.html"],
    },
    absent: [...CHROME, "排行榜", "全市经济工作会议召开", "数字报", "首页", "© 2021"],
  },
];

const source = (file: string): string => readFileSync(new URL(`./html-fixtures/${file}`, import.meta.url), "utf8");
const load = (file: string): ReturnType<typeof readHtml> => readHtml(source(file), file);

const tagged = (b: Block, tag: string): boolean => b.tags?.includes(tag) ?? false;

describe.each(CASES)("readHtml: $file", (c) => {
  const page = load(c.file);
  const body = page.blocks.filter((b) => !tagged(b, "header") && !tagged(b, "trailer"));

  it("extracts every real paragraph, in order, and nothing else", () => {
    expect(body.map((b) => b.text)).toEqual(c.body);
  });

  it("keeps no navigation, sidebar, comment or footer text", () => {
    const all = page.blocks.map((b) => b.text).join("\n");
    for (const s of c.absent) expect(all, s).not.toContain(s);
  });

  it("keeps headings as heading blocks with their level", () => {
    expect(body.filter((b) => b.kind === "heading").map((b) => ({ text: b.text, level: b.level }))).toEqual(c.headings);
  });

  it("puts the header-zone lines first, tagged header", () => {
    const header = page.blocks.filter((b) => tagged(b, "header"));
    for (const re of c.header) expect(header.some((b) => re.test(b.text)), String(re)).toBe(true);
    const firstBody = page.blocks.findIndex((b) => !tagged(b, "header"));
    expect(page.blocks.slice(0, firstBody).length).toBeGreaterThanOrEqual(c.header.length);
  });

  it("tags credit lines after the text as trailer and captions as caption", () => {
    expect(page.blocks.filter((b) => tagged(b, "trailer")).map((b) => b.text)).toEqual(c.trailer ?? []);
    expect(page.blocks.filter((b) => tagged(b, "caption")).map((b) => b.text)).toEqual(c.captions ?? []);
  });

  it("finds the headline and the structured hints", () => {
    expect(page.title).toBe(c.title);
    expect(page.hints).toEqual(c.hints);
    expect(page.blocks.some((b) => b.text === c.title)).toBe(false);
  });

  it("gives each block the source line it starts on, in reading order", () => {
    const lines = page.blocks.map((b) => b.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const sourceLines = source(c.file).split("\n");
    for (const b of page.blocks) expect(sourceLines[b.line - 1], b.text).toContain(b.text.slice(0, 4));
  });
});
