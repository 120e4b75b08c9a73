// A reader's walk through the demo site in Debian's chromium: home → a category → a post →
// 返回<source>新闻 → home → next page; the feed advertised in <head> is fetched. No console errors,
// no failed requests anywhere on the way.
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import { buildDemo, POST_PATH_RE, siteConfig, type BuiltSite } from "./support/demo-build.ts";
import { watchPage } from "./support/page-probe.ts";
import { removeDir } from "./support/site.ts";
import { serveStatic, type StaticServer } from "./support/static-server.ts";

const SITE = siteConfig();
const CATEGORY_HREF_RE = /\/category\/[a-z0-9-]+\.html$/;
const POST_HREF_RE = /\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/;
const BACK_TO_SOURCE_RE = /^返回(.+)新闻$/;

/** Served at the root, and under a path prefix as a GitHub Pages project site is. */
const PREFIXES = ["/", "/blog/"];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

for (const prefix of PREFIXES) {
  let site: BuiltSite;
  let server: StaticServer;

  /** Requests the server answered with an error since request number `since` (the browser's own, e.g. /favicon.ico, included). */
  function failedSince(since: number): string[] {
    return server.requests.slice(since).filter((r) => r.status >= 400).map((r) => `HTTP ${r.status} ${r.path}`);
  }

  /** Absolute hrefs of the page's links, resolved against the page URL. */
  async function links(page: Page, selector = "a[href]"): Promise<{ href: string; text: string }[]> {
    return page.$$eval(selector, (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? "").replace(/\s+/g, " ").trim() })),
    );
  }

  /** Click the first link whose href matches and wait for the navigation; returns the new URL. */
  async function follow(page: Page, match: (l: { href: string; text: string }) => boolean, what: string): Promise<string> {
    const all = await links(page);
    const i = all.findIndex(match);
    expect(i, `${what} on ${page.url()} (links: ${all.map((l) => l.text + " " + l.href).join(" | ")})`).toBeGreaterThanOrEqual(0);
    await Promise.all([page.waitForURL(all[i].href), page.locator("a[href]").nth(i).click()]);
    return page.url();
  }

  /** A built URL of this site: loopback, or the configured site URL mapped onto the loopback server. */
  function local(href: string): string {
    const base = SITE.url.replace(/\/+$/, "");
    return href.startsWith(base) ? new URL(server.url).origin + href.slice(base.length) : href;
  }

  describe(`a reader walks the demo site (path prefix ${prefix})`, () => {
    beforeAll(async () => {
      site = await buildDemo("walk", prefix === "/" ? {} : { args: [`--pathprefix=${prefix}`] });
      server = await serveStatic(site.dir, { prefix });
    });

    afterAll(async () => {
      await server?.close();
      if (site) removeDir(dirname(site.dir));
    });

    it("home → category → post → 返回<source>新闻 → home, with no errors on the way", async () => {
      const since = server.requests.length;
      const page = await browser.newPage();
      const { problems } = watchPage(page);
      const res = await page.goto(`${server.url}/`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
      const home = page.url();

      const categoryUrl = await follow(page, (l) => l.href.startsWith(server.url) && CATEGORY_HREF_RE.test(l.href), "a link to a category archive");
      const categoryTitle = await page.title();
      expect(categoryTitle).toMatch(/新闻/);
      const source = (await page.locator("h1").first().innerText()).trim().replace(/新闻.*$/, "");
      expect(source.length).toBeGreaterThan(0);

      const postUrl = await follow(page, (l) => l.href.startsWith(server.url) && POST_HREF_RE.test(l.href), "a link to a post");
      expect(site.posts).toContain(new URL(postUrl).pathname.slice(prefix.length));
      expect((await page.locator("h1").first().innerText()).trim().length).toBeGreaterThan(0);

      // 返回<source>新闻 is this post's own category page, on this site.
      const back = (await links(page)).find((l) => BACK_TO_SOURCE_RE.test(l.text));
      expect(back, "a 返回<source>新闻 link on the post").toBeDefined();
      expect(BACK_TO_SOURCE_RE.exec(back!.text)![1]).toBe(source);
      const backUrl = await follow(page, (l) => BACK_TO_SOURCE_RE.test(l.text), "返回<source>新闻");
      expect(new URL(backUrl).pathname).toBe(new URL(categoryUrl).pathname);

      await page.goBack();
      await follow(page, (l) => l.text === "返回首页", "返回首页");
      expect(new URL(page.url()).pathname.replace(/index\.html$/, "")).toBe(new URL(home).pathname);
      await page.close();
      expect([...problems, ...failedSince(since)]).toEqual([]);
    });

    it("the home page paginates consistently: a next page exactly when there are more posts than fit", async () => {
      const since = server.requests.length;
      const page = await browser.newPage();
      const { problems } = watchPage(page);
      await page.goto(`${server.url}/`);
      const listed = new Set((await links(page)).filter((l) => POST_HREF_RE.test(l.href)).map((l) => new URL(l.href).pathname));
      const next = (await links(page)).filter((l) => /\/page\/2\.html$/.test(l.href));
      if (site.posts.length > SITE.postsPerPage) {
        expect(listed.size).toBe(SITE.postsPerPage);
        await follow(page, (l) => /\/page\/2\.html$/.test(l.href), "the next page");
        expect((await links(page)).some((l) => POST_HREF_RE.test(l.href))).toBe(true);
      } else {
        // Everything fits on the home page: every post is listed, and no page 2 is linked or built.
        expect(listed.size).toBe(site.posts.length);
        expect(next).toEqual([]);
        expect(site.files).not.toContain("page/2.html");
      }
      await page.close();
      expect([...problems, ...failedSince(since)]).toEqual([]);
    });

    it("every page on the walk advertises a feed in <head>, and it is served as RSS", async () => {
      const since = server.requests.length;
      const page = await browser.newPage();
      const { problems } = watchPage(page);
      await page.goto(`${server.url}/`);
      const feedHref = await page.getAttribute('head link[rel="alternate"][type="application/rss+xml"]', "href");
      expect(feedHref).toBeTruthy();
      const feedUrl = local(new URL(feedHref!, page.url()).href);
      expect(feedUrl.startsWith(server.url), `feed ${feedHref} is on this site`).toBe(true);
      const feed = await page.request.get(feedUrl);
      expect(feed.status()).toBe(200);
      const xml = await feed.text();
      expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss[\s>]/);
      expect((xml.match(/<item>/g) ?? []).length).toBe(Math.min(site.posts.length, SITE.feedSize));

      // A category page advertises its own feed, which exists.
      await follow(page, (l) => l.href.startsWith(server.url) && CATEGORY_HREF_RE.test(l.href), "a link to a category archive");
      const slug = /\/category\/([a-z0-9-]+)\.html$/.exec(page.url())![1];
      const hrefs = await page.$$eval('head link[rel="alternate"][type="application/rss+xml"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      const own = hrefs.map(local).find((h) => h.endsWith(`/feed/${slug}.xml`));
      expect(own, `category ${slug} links its feed (has: ${hrefs.join(", ")})`).toBeDefined();
      expect((await page.request.get(own!)).status()).toBe(200);
      await page.close();
      expect([...problems, ...failedSince(since)]).toEqual([]);
    });

    it("an unknown URL gets the site's 404 page with a way home", async () => {
      const page = await browser.newPage();
      const res = await page.goto(`${server.url}/no/such/page.html`);
      expect(res?.status()).toBe(404);
      expect(site.files).toContain("404.html");
      expect((await links(page)).some((l) => /\/(index\.html)?$/.test(new URL(l.href).pathname))).toBe(true);
      await page.close();
    });

    it("post pages sit at Jekyll's permalink", () => {
      expect(site.posts.length).toBe(5);
      for (const p of site.posts) expect(p).toMatch(POST_PATH_RE);
    });
  });
}
