// Navigation: breadcrumbs (`当前位置：首页 > 新闻`), menus (`首页 | 新闻 | 政务 | 民生`),
// `网站地图`, `返回顶部`, `上一篇：…`/`下一篇：…`, `相关阅读`.
import type { CleanState } from "../../types.ts";
import { MENU_RE, NAV_RE } from "../patterns.ts";
import { MAX_CONTACT_LINE_CHARS, MAX_WIDGET_LINE_CHARS } from "../thresholds.ts";

/** `上一篇：<title>` links carry a whole title, so they may be longer than a widget. */
const PREV_NEXT_RE = /^[【\[]?(?:上一篇|下一篇|上一条|下一条)/;
import { dropBlocks } from "./helpers.ts";

export function isNavigation(text: string): boolean {
  if (PREV_NEXT_RE.test(text)) return text.length <= MAX_CONTACT_LINE_CHARS;
  return (text.length <= MAX_WIDGET_LINE_CHARS && NAV_RE.test(text)) || MENU_RE.test(text);
}

export function dropNavigation(state: CleanState): void {
  dropBlocks(state, "drop-navigation", (b) => isNavigation(b.text));
}
