// Eleventy configuration: only composes. The site's settings live in _data/site.json (overridable
// for deployment by SITE_URL, SITE_TITLE and PATH_PREFIX), the known publications in
// _data/publications.json; everything else is the zhuanzai plugin (src/site/plugin.ts).
import { readFileSync } from "node:fs";
import { zhuanzaiPlugin } from "./src/site/plugin.ts";
import type { EleventyConfig } from "./src/site/eleventy-config.ts";
import type { SiteConfig } from "./src/site/options.ts";

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

/** Environment variables that override keys of _data/site.json (e.g. in the Pages workflow). */
const ENV_OVERRIDES = { SITE_URL: "url", SITE_TITLE: "title" } as const;

function siteConfig(): Partial<SiteConfig> {
  const site = readJson("./_data/site.json") as Partial<SiteConfig>;
  for (const [name, key] of Object.entries(ENV_OVERRIDES)) {
    const value = process.env[name];
    if (value) site[key] = value;
  }
  return site;
}

export default function (eleventyConfig: EleventyConfig) {
  // One summary line instead of a line per written file (10,000 posts → 10,000 lines).
  eleventyConfig.setQuietMode(true);
  // Raw articles in posts/ become posts, archives and feeds.
  eleventyConfig.addPlugin(zhuanzaiPlugin, {
    site: siteConfig(),
    publications: readJson("./_data/publications.json"),
  });
}

export const config = {
  dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
  // `--pathprefix=/blog/` on the command line wins over PATH_PREFIX.
  pathPrefix: process.env.PATH_PREFIX || "/",
  templateFormats: ["njk", "md", "html", "11ty.js"],
};
