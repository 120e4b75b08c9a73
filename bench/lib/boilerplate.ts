// Invented boilerplate in the seeds' shapes: spam site names, contact lines, page-date widgets,
// view counts, image file names, comment widgets, share lines, footers. Nothing here names a
// real site, number or address: every value is composed from parts by the seeded generator.
import type { Rng } from "./prng.ts";
import { wallMs, wallTimeOf, type WallTime } from "./article-spec.ts";
import type { BenchPublication } from "./publications.ts";

const SPAM_HEADS = ["金沙", "银河", "皇冠", "鸿运", "星际", "万博", "乐鱼", "凯撒", "大发", "利来", "永盛", "新濠", "金樽", "龙腾"];
const SPAM_TAILS = ["娱乐", "体育", "彩票", "国际", "游戏", "棋牌", "平台"];
const SPAM_SLOGANS = ["安全购彩", "官方网站", "信誉第一", "最新入口", "手机版下载"];
const PROVINCES = ["鄂", "川", "湘", "渝", "黔", "豫", "陕", "赣"];
const VENDORS = ["云帆科技", "智网科技", "新锐网络", "华信软件", "蓝海互联"];
const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const DAY_MS = 86_400_000;

export const pad2 = (n: number): string => String(n).padStart(2, "0");

export function spamName(rng: Rng): string {
  return rng.pick(SPAM_HEADS) + rng.pick(SPAM_TAILS);
}

/** `金沙娱乐-安全购彩` (the 002 header). */
export function spamHeader(rng: Rng): string {
  return `${spamName(rng)}-${rng.pick(SPAM_SLOGANS)}`;
}

/** `-金沙娱乐官网` (the 001 title suffix). */
export function spamTitleSuffix(rng: Rng): string {
  return `-${spamName(rng)}官网`;
}

export function phoneNumber(rng: Rng): string {
  return `0${rng.digits(rng.int(2, 3))}-${rng.digits(rng.int(7, 8))}`;
}

export function qqNumber(rng: Rng): string {
  return rng.digits(rng.int(8, 10));
}

export function email(rng: Rng): string {
  const user = Array.from({ length: rng.int(5, 9) }, () => "abcdefghijklmnopqrstuvwxyz"[rng.int(0, 25)]).join("");
  return `${user}@${rng.pick(["sina.com", "163.com", "qq.com", "126.com"])}`;
}

/** A contact line in one of the seeds' shapes (`新闻广告热线:0719-…`, `Q Q: …`, `投稿邮箱丨…`). */
export function contactLine(rng: Rng): string {
  return rng.pick([
    () => `新闻广告热线:${phoneNumber(rng)}`,
    () => `电话: ${phoneNumber(rng)}`,
    () => `Q Q: ${qqNumber(rng)}`,
    () => `投稿邮箱丨${email(rng)}`,
    () => `联系电话丨${phoneNumber(rng)}`,
    () => `新闻热线：${phoneNumber(rng)}`,
  ])();
}

/** The day the page was viewed (after publication), as a widget: `2024年03月29日 星期五`. */
export function pageDateWidget(rng: Rng, published: WallTime): string {
  const viewed = wallTimeOf(wallMs(published) + rng.int(1, 900) * DAY_MS);
  const weekday = WEEKDAYS[new Date(Date.UTC(viewed.year, viewed.month - 1, viewed.day)).getUTCDay()];
  return `${viewed.year}年${pad2(viewed.month)}月${pad2(viewed.day)}日 ${weekday}`;
}

export function viewCount(rng: Rng): string {
  const n = rng.int(30, 99_999);
  return rng.pick([`${n}阅读`, `阅读：${n}`, `浏览次数：${n}`, `阅读 ${n}`]);
}

/** A bare image file name as scrapers leave them (`6c50134346c8d78051d7b74f9dee1d7.jpg`). */
export function imageFileName(rng: Rng): string {
  return rng.pick([
    () => `${rng.hex(31)}.jpg`,
    () => `IMG_${rng.digits(8)}_${rng.digits(6)}.jpg`,
    () => `微信图片_${rng.digits(14)}.png`,
  ])();
}

export const COMMENT_WIDGET = [
  "评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论", "最新评论", "已有0人参与,点击查看更多精彩评论",
];

export function shareLine(rng: Rng): string {
  return rng.pick(["扫一扫在手机打开当前页", "分享到：微信 微博 QQ空间", "扫一扫 分享到朋友圈"]);
}

/** Copyright / ICP footer line, in the 004 shape. */
export function copyrightFooter(rng: Rng, pub: BenchPublication, name: string): string {
  const province = rng.pick(PROVINCES);
  const domain = pub.domain.toUpperCase();
  return `${name} 版权所有COPYRIGHT ${rng.int(2008, 2016)} ${domain} .ALL RIGHT RESERVED ` +
    `网站备案号:${province}ICP备${rng.digits(8)}号 ${province}公网安备 ${rng.digits(14)}号 技术支持:${rng.pick(VENDORS)}`;
}

/** Editor credits in one line: `编辑:张可 校对:申涵兮 审核:詹耘`. */
export function creditsLine(credits: readonly { role: string; name: string }[], colon = ":"): string {
  return credits.map((c) => `${c.role}${colon}${c.name}`).join(" ");
}

/**
 * Chinese prose as some scrapers save it (001): half-width punctuation, and the `+` of
 * `5+1行动` / `“党建+”` lost to a space.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/，/g, ",").replace(/：/g, ":").replace(/；/g, ";").replace(/（/g, "(").replace(/）/g, ")").replace(/！/g, "!")
    .replace(/(\d)\+(\d)/g, "$1 $2").replace(/\+”/g, " ”");
}
