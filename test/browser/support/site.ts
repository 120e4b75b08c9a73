// Building the site the way a user does (`npm run build`), into a folder of the test's own, and
// copying the project so a test can build it with other posts. No Eleventy import here: the
// tests meet the product through its command, as users and CI do.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Top-level entries of the project that a copy leaves out (node_modules is linked instead). */
const NOT_COPIED = new Set(["node_modules", ".git", "_site", ".cache", "test-results", "coverage", "bench", "test"]);

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run a command to completion, collecting its output (never throws on a non-zero exit). */
export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

/** A fresh temp folder (removed by the caller with `rmSync(dir, { recursive: true, force: true })`). */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `zhuanzai-${prefix}-`));
}

/** `npm run -s build -- --output=<out> [extra…]` in `root` (the project or a copy of it). */
export function buildSite(out: string, { root = PROJECT_ROOT, args = [] as string[], env = {} as NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return run("npm", ["run", "-s", "build", "--", `--output=${out}`, ...args], { cwd: root, env: { TZ: "UTC", ...env } });
}

/** Copy the project (without node_modules, which is linked, and without posts/ when `posts` is given). */
export function copyProject(dest: string, { withPosts = true } = {}): string {
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(PROJECT_ROOT)) {
    if (NOT_COPIED.has(name) || (!withPosts && name === "posts")) continue;
    cpSync(join(PROJECT_ROOT, name), join(dest, name), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(dest, "node_modules"), "dir");
  if (!withPosts) mkdirSync(join(dest, "posts"));
  return dest;
}

/** Every file under `dir`, as paths relative to it, sorted ('/'-separated). Symlinks are not followed. */
export function listFiles(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p).split("\\").join("/");
      if (skip(rel)) continue;
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory() && !(name === "node_modules")) walk(p);
      else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
