// Feeds as a feed reader sees them: Debian's python3-feedparser, run as /usr/bin/python3.
import { fileURLToPath } from "node:url";
import { run } from "../../browser/support/site.ts";

export const SYSTEM_PYTHON = "/usr/bin/python3";
const READ_FEEDS = fileURLToPath(new URL("./read-feeds.py", import.meta.url));

export interface ParsedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  published: string | null;
  published_utc: number | null;
  content: string[];
  summary: string | null;
}

export interface ParsedFeed {
  file: string;
  bozo: number;
  bozo_exception: string | null;
  xml_error: string | null;
  version: string;
  feed: { title: string | null; link: string | null; language: string | null; links: { rel: string; href: string }[] };
  entries: ParsedEntry[];
}

export async function readFeeds(files: string[]): Promise<ParsedFeed[]> {
  const r = await run(SYSTEM_PYTHON, [READ_FEEDS, ...files], { cwd: process.cwd() });
  if (r.code !== 0) throw new Error(`feedparser failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ParsedFeed[];
}
