// How a post looks on a phone and on a desktop: screenshots as artifacts (test-results/browser/),
// nothing wider than the viewport, Chinese laid out in a real CJK font (not tofu), and an axe-core
// scan with no serious or critical violations on home, a category and a post, light and dark.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import { buildDemo, type BuiltSite } from "./support/demo-build.ts";
import { axeBlocking, watchPage } from "./support/page-probe.ts";
import { PROJECT_ROOT, removeDir } from "./support/site.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";

export const ARTIFACTS_DIR = join(PROJECT_ROOT, "test-results", "browser");
/** Phone and desktop widths, in CSS pixels. */
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];
/** Fonts that have the CJK ideographs (Debian's fonts-noto-cjk, or Source Han, or any *CJK* face). */
const CJK_FONT_RE = /CJK|Source Han|Noto (Sans|Serif) (SC|TC|JP|KR)/i;
const HAN_RE = /\p{Script=Han}/u;
/** The seed in the target layout: its post page is the one we photograph. */
const SHOWCASE_SLUG = "98d7beee95a910ca";

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let postPath: string;

beforeAll(async () => {
  site = await buildDemo("layout");
  server = await serveStatic(site.dir);
  browser = await launchChromium();
  postPath = site.posts.find((p) => p.endsWith(`/${SHOWCASE_SLUG}.html`)) ?? site.posts[0];
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) removeDir(dirname(site.dir));
});

async function open(path: string, viewport = VIEWPORTS[1], colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });
  const { problems } = watchPage(page);
  const res = await page.goto(`${server.url}/${path}`);
  expect(res?.status(), path).toBe(200);
  return { page, problems };
}

/** Platform fonts Chromium actually used to draw the text of `selector` (CDP CSS.getPlatformFontsForNode). */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

describe("a post at phone and desktop widths", () => {
  for (const vp of VIEWPORTS) {
    it(`fits a ${vp.width}px viewport and is photographed (${vp.name})`, async () => {
      const since = server.requests.length;
      const { page, problems } = await open(postPath, vp);
      await page.screenshot({ path: join(ARTIFACTS_DIR, `post-${vp.width}.png`), fullPage: true });
      const widths = await page.evaluate(() => {
        const body = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
        return {
          inner: window.innerWidth,
          doc: document.documentElement.scrollWidth,
          body: body.scrollWidth,
          right: Math.max(...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right)),
        };
      });
      expect(widths.doc, "document scrollWidth").toBeLessThanOrEqual(widths.inner);
      expect(widths.body, "post body scrollWidth").toBeLessThanOrEqual(widths.inner);
      expect(widths.right, "rightmost element edge").toBeLessThanOrEqual(widths.inner + 0.5);
      await page.close();
      const notFound = server.requests.slice(since).filter((r) => r.status >= 400).map((r) => `HTTP ${r.status} ${r.path}`);
      expect([...problems, ...notFound]).toEqual([]);
    });
  }

  it("draws the Chinese text of the title and body with a CJK font, not tofu", async () => {
    const { page } = await open(postPath, VIEWPORTS[0]);
    // Mark the first body paragraph with Han characters, then ask Chromium what drew it.
    const marked = await page.evaluate((hanSource) => {
      const han = new RegExp(hanSource, "u");
      const p = [...document.querySelectorAll("p")].find((e) => han.test(e.textContent ?? ""));
      p?.setAttribute("data-cjk-probe", "");
      return p?.textContent ?? null;
    }, HAN_RE.source);
    expect(marked).not.toBeNull();
    for (const selector of ["h1", "[data-cjk-probe]"]) {
      const fonts = await platformFonts(page, selector);
      const cjk = fonts.filter((f) => CJK_FONT_RE.test(f.familyName));
      expect(cjk.length, `${selector} drawn with ${JSON.stringify(fonts)}`).toBeGreaterThan(0);
      expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(0);
    }
    // A CJK font draws each ideograph about one em wide; tofu boxes and missing glyphs do not.
    const ratio = await page.evaluate(() => {
      const probe = document.querySelector("[data-cjk-probe]")!;
      const span = document.createElement("span");
      span.textContent = "中文排版测试";
      probe.append(span);
      const px = parseFloat(getComputedStyle(span).fontSize);
      return span.getBoundingClientRect().width / (6 * px);
    });
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    await page.close();
  });
});

describe("accessibility (axe-core): no serious or critical violations", () => {
  const pages = (): [string, string][] => [
    ["home", "index.html"],
    ["a category", site.categories[0]],
    ["a post", postPath],
    ["a tag", site.html.find((f) => f.startsWith("tag/"))!],
    ["the 404 page", "404.html"],
  ];
  for (const scheme of ["light", "dark"] as const) {
    it(`home, a category, a post, a tag and the 404 page (${scheme})`, async () => {
      const found: string[] = [];
      for (const [label, path] of pages()) {
        const { page } = await open(path, VIEWPORTS[1], scheme);
        for (const v of await axeBlocking(page)) found.push(`${label} (${path}): ${v}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
  }
});
