// Site builds for the tests: in-process with Eleventy's API (the plugin passed through the
// `config` callback, so vitest's TypeScript transform applies), or as a child `npm run build`
// (the real .eleventy.ts, with its own TZ and environment).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Eleventy from "@11ty/eleventy";
import { zhuanzaiPlugin } from "../../../src/site/plugin.ts";
import type { UserOptions } from "../../../src/site/options.ts";
import type { EleventyConfig } from "../../../src/site/eleventy-config.ts";

export const ROOT = join(import.meta.dirname, "../../..");
const readJson = (p: string) => JSON.parse(readFileSync(join(ROOT, p), "utf8"));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `zhuanzai-${prefix}-`));
}

/** A temp copy of posts/ (the five seeds) to edit in a test. */
export function copyOfPosts(): string {
  const dir = tempDir("posts");
  cpSync(join(ROOT, "posts"), dir, { recursive: true });
  return dir;
}

export interface BuildResult {
  output: string;
  warnings: string[];
}

export interface InProcessOptions extends UserOptions {
  pathPrefix?: string;
  /** Eleventy's input folder (its `_includes/` and `_data/`); default: the project. */
  input?: string;
  /** Output folder; default: a new temp folder. */
  output?: string;
  /** More configuration after the plugin (filters, transforms, templates). */
  configure?: (eleventyConfig: EleventyConfig) => void;
}

/** Build in this process with the project's site.json/publications.json and `options` on top. */
export async function buildInProcess(options: InProcessOptions = {}): Promise<BuildResult> {
  const { pathPrefix, input = ROOT, output = tempDir("site"), configure, ...plugin } = options;
  const warnings: string[] = [];
  const elev = new Eleventy(input, output, {
    quietMode: true,
    pathPrefix,
    config(eleventyConfig: EleventyConfig) {
      eleventyConfig.addPlugin(zhuanzaiPlugin, {
        site: readJson("_data/site.json"),
        publications: readJson("_data/publications.json"),
        cacheDir: false,
        log: (m: string) => warnings.push(m),
        ...plugin,
      });
      configure?.(eleventyConfig);
    },
  });
  process.chdir(ROOT);
  await elev.write();
  return { output, warnings };
}

/** `npm run build -- --output=<tmp> …args` as a child process (the real config file). */
export function buildWithNpm(args: string[] = [], env: Record<string, string> = {}): BuildResult & { status: number | null; stderr: string } {
  const output = tempDir("npm");
  const r = spawnSync("npm", ["run", "-s", "build", "--", `--output=${output}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  const stderr = `${r.stderr}\n${r.stdout}`;
  return { output, status: r.status, stderr, warnings: stderr.split("\n").filter((l) => l.startsWith("[zhuanzai]")) };
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
