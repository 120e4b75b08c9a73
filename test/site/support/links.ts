// Every internal href/src of every HTML page must resolve to a file of the built site.
import { existsSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { listFiles, read } from "./build.ts";

const ATTR_RE = /\s(?:href|src)="([^"]*)"/g;
const EXTERNAL_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

function decode(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function resolves(site: string, rel: string): boolean {
  const p = join(site, rel);
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  return isFile(p) || isFile(join(p, "index.html"));
}

/** Broken links as `page -> url`, and links that leave the path prefix. */
export function brokenLinks(site: string, prefix = "/"): string[] {
  const bad: string[] = [];
  for (const page of listFiles(site).filter((f) => f.endsWith(".html"))) {
    for (const m of read(site, page).matchAll(ATTR_RE)) {
      const url = decode(m[1]);
      if (!url || EXTERNAL_RE.test(url)) continue;
      const path = decodeURIComponent(url.split(/[?#]/)[0]);
      const abs = path.startsWith("/") ? path : posix.join("/", posix.dirname(page), path);
      if (!abs.startsWith(prefix)) bad.push(`${page} -> ${url} (outside ${prefix})`);
      else if (!resolves(site, abs.slice(prefix.length))) bad.push(`${page} -> ${url}`);
    }
  }
  return bad;
}
