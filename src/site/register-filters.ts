// Registers the filters (src/site/filters/) for every template, bound to the site's zone, URL
// and path prefix. Names are the documented ones (README: "Filters").
import type { EleventyConfig } from "./eleventy-config.ts";
import type { SiteConfig } from "./options.ts";
import * as f from "./filters/index.ts";
import type { DateInput } from "./filters/date-input.ts";

export function registerFilters(eleventyConfig: EleventyConfig, site: SiteConfig, pathPrefix: string): void {
  const zone = site.timezone;
  const filters: Record<string, (...args: never[]) => unknown> = {
    chineseDate: (value: DateInput) => f.chineseDate(value, zone),
    rfc822Date: (value: DateInput) => f.rfc822Date(value, zone),
    rfc3339Date: (value: DateInput) => f.rfc3339Date(value, zone),
    pinyinSlug: (value: string) => f.pinyinSlug(String(value ?? "")),
    cjkExcerpt: (html: string, chars?: number) => f.cjkExcerpt(html, chars ?? site.excerptChars),
    readingTime: (html: string) => f.readingTime(html),
    absoluteUrl: (path: string) => f.absoluteUrl(String(path), site.url, pathPrefix),
    xmlText: (value: unknown) => f.xmlText(value),
    cdata: (value: unknown) => f.cdata(value),
  };
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn);
}
