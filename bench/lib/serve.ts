// The dev-server figure: with `npm start` running on the corpus, edit one article and time
// until the server returns its page with the change. Best effort: a server that never shows
// the change gives `null` and a reason.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { editArticle } from "./edit.ts";
import type { Workspace } from "./workspace.ts";

const POLL_MS = 50;
const START_TIMEOUT_MS = 600_000;
const CHANGE_TIMEOUT_MS = 120_000;
const DEFAULT_PORT = 8788;

export interface ServeResult {
  /** Seconds from the edit to the changed page being served, or null. */
  seconds: number | null;
  /** Seconds until the server first served the page (initial build). */
  startS: number | null;
  note: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { cache: "no-store" });
    return res.ok ? await res.text() : null;
  } catch {
    return null; // server not listening yet, or restarting
  }
}

async function waitFor(url: string, ok: (body: string) => boolean, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const body = await fetchText(url);
    if (body !== null && ok(body)) return (performance.now() - started) / 1000;
    await sleep(POLL_MS);
  }
  return null;
}

export async function measureServe(site: Workspace, file: string, pagePath: string, port = DEFAULT_PORT): Promise<ServeResult> {
  const pkg = JSON.parse(readFileSync(join(site.dir, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const command = `PATH=${join(site.dir, "node_modules", ".bin")}:"$PATH" ${pkg.scripts.start} --port=${port}`;
  const server = spawn("sh", ["-c", command], { cwd: site.dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (d) => (log = (log + d).slice(-4000)));
  server.stderr.on("data", (d) => (log = (log + d).slice(-4000)));
  const url = `http://localhost:${port}${pagePath}`;
  try {
    const startS = await waitFor(url, () => true, START_TIMEOUT_MS);
    if (startS === null) return { seconds: null, startS, note: `server never served ${pagePath}: ${log.slice(-500)}` };
    await sleep(2000); // let the watcher settle after the initial build
    const marker = editArticle(site.posts, file, `（开发服务器修订${Date.now()}）`);
    const seconds = await waitFor(url, (body) => body.includes(marker), CHANGE_TIMEOUT_MS);
    return { seconds, startS, note: seconds === null ? `change not served within ${CHANGE_TIMEOUT_MS / 1000} s` : "ok" };
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM"); // the server's own process group
  }
}
