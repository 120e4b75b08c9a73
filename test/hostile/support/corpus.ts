// The hostile-input corpus: every kind of broken or malicious file a scraper can hand the operator.
// Small cases are built here byte by byte; the binary and the 20 MB ones are generated at test time
// (nothing large is committed). Each case states what must happen to it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ACTIVE_HTML, CATEGORY, DATED, HOSTILE_YAML_TITLE, hugeText, junk, PARAGRAPHS, PNG_SIGNATURE, TAGS, targetPost, textArticle } from "./builders.ts";
import { encodeGbk, encodeUtf16LeWithBom, encodeUtf8 } from "./encodings.ts";

export { targetPost, textArticle } from "./builders.ts";

/**
 * What must happen to an input:
 * - `error`: refused with a clear error naming the file (extract `{file, error}`, an import error
 *   row, a build warning naming it) — and the rest of the batch still goes through;
 * - `post`: a sane post (the case's `title`, dated as `date` says, its `marker` paragraph kept);
 * - `either`: a sane post or a clear error — never a crash, a hang or a broken build.
 */
export type Outcome = "error" | "post" | "either";

export interface HostileCase {
  name: string;
  file: string;
  outcome: Outcome;
  bytes: () => Uint8Array;
  /** Expected title (exact) for `post` cases; undefined = not checked. */
  title?: string;
  /** Expected date: ISO string, `null` (not found: warning, no date key), or undefined = not checked. */
  date?: string | null;
  /** A phrase of the body that must survive into the post (and so identifies its page). */
  marker?: string;
  /** A warning extract must give for this input (a rejected or missing value is reported). */
  warning?: RegExp;
}

/** Markers of hostile code: none may ever appear in extract output, a post file, a page or a feed. */
export const XSS_MARKERS = ["XSS_SCRIPT", "XSS_HANDLER", "XSS_JSURL", "XSS_IFRAME", "XSS_STYLE", "XSS_DATAURL", "XSS_SVG"];

export const CASES: HostileCase[] = [
  { name: "empty file", file: "h01-empty.txt", outcome: "error", bytes: () => new Uint8Array(0) },
  { name: "whitespace only", file: "h02-whitespace.txt", outcome: "error", bytes: () => encodeUtf8(" \n\t\r\n\u3000\u00a0\n   \n") },
  { name: "binary bytes (a PNG)", file: "h03-binary.txt", outcome: "error", bytes: () => new Uint8Array([...PNG_SIGNATURE, ...junk(8192)]) },
  { name: "a 20 MB text", file: "h04-huge.txt", outcome: "either", bytes: hugeText, title: "超长文本压力测试稿件标题", marker: "测试标记04" },
  {
    name: "GBK with no hint",
    file: "h05-gbk.txt",
    outcome: "post",
    bytes: () => encodeGbk(textArticle("做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "测试标记05")),
    title: "做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
    date: "2021-03-15T14:28:00+08:00",
    marker: "测试标记05",
  },
  {
    name: "UTF-16 with BOM",
    file: "h06-utf16.txt",
    outcome: "post",
    bytes: () => encodeUtf16LeWithBom(textArticle("建强堡垒强引领精准发力促振兴", "测试标记06")),
    title: "建强堡垒强引领精准发力促振兴",
    date: "2021-03-15T14:28:00+08:00",
    marker: "测试标记06",
  },
  {
    name: "invalid UTF-8 bytes",
    file: "h07-bad-utf8.txt",
    outcome: "post",
    bytes: () => {
      const [head, tail] = textArticle("邻水县压实主体责任握稳接力棒", "测试标记07").split("在这个过程中");
      return new Uint8Array([...encodeUtf8(head), 0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, ...encodeUtf8(`在这个过程中${tail}`)]);
    },
    title: "邻水县压实主体责任握稳接力棒",
    date: "2021-03-15T14:28:00+08:00",
    marker: "测试标记07",
  },
  {
    name: "NUL and control characters",
    file: "h08-control.txt",
    outcome: "post",
    bytes: () => encodeUtf8(textArticle("控制\u0000字符\u0001测试\u001b标题\u007f", "测试标记08\u0000\u0008\u000b\u000c\u001f\ufffe").replace(/今年/, "今\u0000年\u0003")),
    title: "控制字符测试标题",
    date: "2021-03-15T14:28:00+08:00",
    marker: "测试标记08",
  },
  {
    name: "unterminated front matter",
    file: "h09-fm-unterminated.md",
    outcome: "either",
    marker: "测试标记09",
    bytes: () => encodeUtf8(`---\nlayout: post\ntitle: "前言未闭合测试"\n${DATED}\n${CATEGORY}\n<p>测试标记09，${PARAGRAPHS[0]}</p>\n <p>${PARAGRAPHS[1]}</p>`),
  },
  {
    name: "malformed front matter",
    file: "h10-fm-malformed.md",
    outcome: "either",
    marker: "测试标记10",
    bytes: () => encodeUtf8(`---\nlayout: post\ntitle: [未闭合的, "列表\ndate: : : 2021\n  bad:\tindent: {x\n---\n<p>测试标记10，${PARAGRAPHS[0]}</p>\n <p>${PARAGRAPHS[1]}</p>`),
  },
  {
    name: "a title with \" ' : # --- and a newline",
    file: "h11-title-yaml.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost([`title: ${JSON.stringify(HOSTILE_YAML_TITLE)}`, DATED, CATEGORY, TAGS], [`测试标记11，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: HOSTILE_YAML_TITLE,
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记11",
  },
  { name: "HTML page with <script>, <iframe>, <style>, onerror=, javascript: and data: URLs", file: "h12-active.html", outcome: "post", bytes: () => encodeUtf8(ACTIVE_HTML), title: "主动内容测试页面标题", date: "2021-12-15T10:03:00+08:00", marker: "测试标记12" },
  {
    name: "a post in the target layout with active content in its body",
    file: "h13-active-post.md",
    outcome: "post",
    bytes: () =>
      encodeUtf8(
        targetPost(["title: 正文含脚本的稿件", DATED, CATEGORY, TAGS], [
          `测试标记13，${PARAGRAPHS[0]}<script>alert("XSS_SCRIPT")</script>`,
          `<img src=x onerror="alert('XSS_HANDLER')">${PARAGRAPHS[1]}<a href="javascript:alert('XSS_JSURL')">链接</a>`,
          `</p><iframe src="data:text/html,XSS_IFRAME"></iframe><style>*{x:url(XSS_STYLE)}</style><p>${PARAGRAPHS[2]}`,
        ]),
      ),
    title: "正文含脚本的稿件",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记13",
  },
  {
    name: "{{ }} and {% %} in text",
    file: "h14-template.txt",
    outcome: "post",
    bytes: () => encodeUtf8(textArticle("模板语法测试稿件", "测试标记14 {{ 7*7 }} {% include \"/etc/passwd\" %} {%- raw -%} {# 注释").replace(PARAGRAPHS[1], `${PARAGRAPHS[1]}{{ site.url }}{% endraw %}`)),
    title: "模板语法测试稿件",
    date: "2021-03-15T14:28:00+08:00",
    marker: "测试标记14 {{ 7*7 }}",
  },
  {
    name: "{{ }} and {% %} in a front matter title",
    file: "h15-template-title.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(['title: "标题{{ 7*7 }}与{% if true %}语法"', DATED, CATEGORY, TAGS], [`测试标记15，${PARAGRAPHS[0]}{{ content }}`, PARAGRAPHS[1]])),
    title: "标题{{ 7*7 }}与{% if true %}语法",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记15",
  },
  {
    name: "categories: ../../x",
    file: "h16-category-traversal.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 分类路径穿越测试", DATED, "categories: ../../x", TAGS], [`测试标记16，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: "分类路径穿越测试",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记16",
    warning: /categor/i,
  },
  {
    name: "permalink: /../../etc/x",
    file: "h17-permalink-traversal.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 永久链接穿越测试", DATED, CATEGORY, TAGS, "permalink: /../../etc/x"], [`测试标记17，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: "永久链接穿越测试",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记17",
  },
  {
    name: "two files that want the same URL (first)",
    file: "h18-same-url-a.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 同一地址甲", DATED, CATEGORY, TAGS, "slug: samesameurl"], [`测试标记18，${PARAGRAPHS[0]}`])),
    title: "同一地址甲",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记18",
  },
  {
    name: "two files that want the same URL (second)",
    file: "h19-same-url-b.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 同一地址乙", DATED, CATEGORY, TAGS, "slug: samesameurl"], [`测试标记19，${PARAGRAPHS[1]}`])),
    title: "同一地址乙",
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记19",
  },
  {
    name: "date: 2021-02-30",
    file: "h20-date-invalid.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 不存在的日期测试", "date: 2021-02-30 10:00:00 +0800", CATEGORY, TAGS], [`测试标记20，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: "不存在的日期测试",
    date: null,
    marker: "测试标记20",
  },
  {
    name: "a date in the future",
    file: "h21-date-future.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost(["title: 未来日期测试", "date: 2099-12-31 23:59:59 +0800", CATEGORY, TAGS], [`测试标记21，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: "未来日期测试",
    date: "2099-12-31T23:59:59+08:00",
    marker: "测试标记21",
  },
  {
    name: "a 3,000-character title",
    file: "h22-long-title.md",
    outcome: "post",
    bytes: () => encodeUtf8(targetPost([`title: ${"长".repeat(2999)}题`, DATED, CATEGORY, TAGS], [`测试标记22，${PARAGRAPHS[0]}`, PARAGRAPHS[1]])),
    title: `${"长".repeat(2999)}题`,
    date: "2021-12-15T10:03:12+08:00",
    marker: "测试标记22",
  },
  {
    name: "an invalid date in plain text (发布时间：2021-02-30)",
    file: "h23-date-invalid.txt",
    outcome: "post",
    bytes: () => encodeUtf8(textArticle("文本中的无效日期测试", "测试标记23", { meta: "发布时间：2021-02-30 10:00 来源：湘西日报" })),
    title: "文本中的无效日期测试",
    date: null,
    marker: "测试标记23",
  },
];

/** Write every case into `dir`; returns their paths by case file name. */
export function writeCorpus(dir: string, cases = CASES): Map<string, string> {
  const paths = new Map<string, string>();
  for (const c of cases) {
    const p = join(dir, c.file);
    writeFileSync(p, c.bytes());
    paths.set(c.file, p);
  }
  return paths;
}
