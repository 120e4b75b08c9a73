// Feeds checked by real parsers: Python's expat (well-formed XML) and feedparser (as a feed
// reader sees it), both from Debian (`python3-feedparser`, installed by .ci/run).
import { spawnSync } from "node:child_process";

export interface ParsedFeed {
  bozo: number;
  title: string;
  entries: { id: string; link: string; published: string | null; title: string; content: string }[];
}

const SCRIPT = `
import sys, json, xml.dom.minidom, feedparser
out = []
for path in sys.argv[1:]:
    xml.dom.minidom.parse(path)  # raises on XML that is not well-formed
    d = feedparser.parse(path)
    out.append({"bozo": int(d.bozo), "title": d.feed.get("title", ""), "entries": [
        {"id": e.get("id", ""), "link": e.get("link", ""), "published": e.get("published"),
         "title": e.get("title", ""), "content": (e.get("content") or [{}])[0].get("value", "")}
        for e in d.entries]})
print(json.dumps(out))
`;

export function parseFeeds(paths: string[]): ParsedFeed[] {
  const r = spawnSync("/usr/bin/python3", ["-c", SCRIPT, ...paths], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`feed parsing failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ParsedFeed[];
}
