// Post, list and feed pages rendered in one pass, with Eleventy's own Nunjucks environment (the
// same filters, shortcodes and globals, the same compiled layouts), then run through Eleventy's
// linters and transforms as Eleventy runs them, and written by worker threads (page-writer.ts).
//
// Eleventy's per-page pipeline (a pagination entry, a data cascade, a template clone, a synchronous
// write) costs more than the page itself: at 10,000 posts it was about 4 s of a cold build on a
// 2-core runner, of which the layouts are under 1 s. The output is the same, byte for byte: the
// layout gets the context Eleventy would give it for every name it reads. Which layouts qualify is
// decided by bulk-check.ts; the others are left to Eleventy.
import { join } from "node:path";
import type { NunjucksLib } from "./template-reads.ts";
import { PageWriter } from "./page-writer.ts";

/** The parts of a Nunjucks environment and template used here. */
export interface NjkTemplate {
  render(ctx: object, cb: (err: Error | null, res?: string) => void): void;
  render(ctx: object): string | null;
}
export interface NjkEnvironment {
  getTemplate(name: string, eagerCompile?: boolean): NjkTemplate;
  /** Names of the filters registered as async. */
  asyncFilters?: string[];
}
/** What Eleventy's `eleventy.engine.njk` event hands to plugins. */
export interface NunjucksEngine {
  nunjucks: NunjucksLib;
  environment: NjkEnvironment;
}

/** Eleventy's folders as `eleventy.before` reports them (`./_site/`). */
export interface BulkDirectories {
  input: string;
  includes: string;
  data: string;
  output: string;
  layouts?: string;
}

type Callback = (this: object, ...args: unknown[]) => unknown;

/** The parts of Eleventy's configuration read here (UserConfig, as plugins see it). */
export interface BulkConfig {
  globalData?: Record<string, unknown>;
  layoutAliases?: Record<string, string>;
  urlTransforms?: unknown[];
  transforms?: Record<string, Callback>;
  linters?: Record<string, Callback>;
  nunjucks?: { shortcodes?: object; asyncShortcodes?: object; pairedShortcodes?: object; asyncPairedShortcodes?: object };
}

/** One kind of paginated page: its virtual template, layout and pagination alias. */
export interface PageKind<T extends { permalink: string } = { permalink: string }> {
  /** File name of the virtual template (`post.11ty.js`). */
  template: string;
  layout: string;
  alias: string;
  items: T[];
  /** Names the items for errors (`posts/x.txt`). */
  describe(item: T): string;
  /** What the layout uses (checkLayout). */
  filters: string[];
  tags: string[];
}

const LEADING_SLASH_RE = /^\//;

/** Items rendered before their pages are handed to the writer. */
export const RENDER_CHUNK = 100;

/** What Eleventy's `page` holds for a page of a paginated virtual template. */
export interface PageData {
  inputPath: string;
  fileSlug: string;
  filePathStem: string;
  outputFileExtension: string;
  templateSyntax: string;
  date: Date;
  url: string;
  outputPath: string;
}

/** `page.url` as Eleventy makes it from a permalink: `/index.html` → `/`, `/a/index.html` → `/a/`. */
export function eleventyUrl(permalink: string): string {
  for (const needle of ["/index.html", "/index/", "/index"]) {
    if (permalink.endsWith(needle)) return `${permalink.slice(0, -needle.length)}/`;
  }
  return permalink;
}

/** `./` + `zhuanzai/post.11ty.js` → the template's page fields shared by all its pages. */
function pageBase(dirs: BulkDirectories, virtualPath: string, date: Date): Omit<PageData, "url" | "outputPath"> {
  const stem = virtualPath.replace(/\.11ty\.js$/, "");
  return {
    inputPath: `${dirs.input.endsWith("/") ? dirs.input : `${dirs.input}/`}${virtualPath}`,
    fileSlug: stem.slice(stem.lastIndexOf("/") + 1),
    filePathStem: `/${stem}`,
    outputFileExtension: "html",
    templateSyntax: "11ty.js",
    date,
  };
}

/** Eleventy's linters and transforms, listed once per render rather than once per page. */
interface Finishers {
  linters: Callback[];
  transforms: [name: string, transform: Callback][];
}

function finishers(config: BulkConfig): Finishers {
  return { linters: Object.values(config.linters ?? {}), transforms: Object.entries(config.transforms ?? {}) };
}

/** Eleventy's linters (not awaited, as Eleventy does), then its transforms in order. */
async function lintAndTransform(content: string, page: PageData, f: Finishers, warn: (m: string) => void): Promise<string> {
  const self = { inputPath: page.inputPath, outputPath: page.outputPath, url: page.url, page };
  for (const linter of f.linters) void linter.call(self, content, page.inputPath, page.outputPath);
  const transformSelf = { ...self, baseHref: undefined };
  for (const [name, transform] of f.transforms) {
    const had = Boolean(content);
    try {
      content = (await transform.call(transformSelf, content, page.outputPath)) as string;
    } catch (error) {
      throw new Error(`Transform \`${name}\` encountered an error when transforming ${page.inputPath} (${page.url})`, { cause: error });
    }
    if (had && !content) warn(`Transform \`${name}\` returned empty when writing ${page.outputPath} from ${page.inputPath}.`);
  }
  return content;
}

/** Nunjucks' async render (needed for async filters and shortcodes). */
function renderAsync(template: NjkTemplate, context: object): Promise<string> {
  return new Promise((resolveRender, reject) => template.render(context, (err, out) => (err ? reject(err) : resolveRender(out ?? ""))));
}

/** Nunjucks' sync render: the same output, without a promise and a deferred callback per page. */
function renderSync(template: NjkTemplate, context: object): string {
  return template.render(context) ?? "";
}

export interface BulkJob {
  kinds: PageKind[];
  /** Global data the layouts read (`site` as the cascade has it, `zhuanzai`). */
  globals: { site: unknown; zhuanzai: unknown };
  dirs: BulkDirectories;
  /** Absolute output folder. */
  output: string;
  /** The virtual templates' folder inside the input (`zhuanzai`). */
  virtualDir: string;
  config: BulkConfig;
  warn: (message: string) => void;
}

export interface BulkResult {
  /** Absolute paths of the files written. */
  written: string[];
}

/**
 * Renders and writes every page of `job.kinds`. Rejects with the first page that fails to render
 * (naming its input) or with the files that could not be written; the writer finishes either way.
 */
export async function renderInBulk(job: BulkJob, engine: NunjucksEngine): Promise<BulkResult> {
  const writer = new PageWriter(job.kinds.reduce((sum, k) => sum + k.items.length, 0));
  const written: string[] = [];
  const date = new Date();
  const outputPrefix = job.dirs.output.endsWith("/") ? job.dirs.output : `${job.dirs.output}/`;
  const finish = finishers(job.config);
  const finishing = finish.linters.length + finish.transforms.length > 0;
  let failure: unknown = null;
  try {
    for (const kind of job.kinds) {
      if (kind.items.length === 0) continue;
      const base = pageBase(job.dirs, `${job.virtualDir}/${kind.template}`, date);
      let template: NjkTemplate;
      try {
        template = engine.environment.getTemplate(kind.layout, true);
      } catch (error) {
        throw new Error(`zhuanzai: cannot compile ${kind.layout}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      // Shortcodes are async in Eleventy's Nunjucks, and so are filters added as async.
      const async = kind.tags.length > 0 || kind.filters.some((f) => engine.environment.asyncFilters?.includes(f));
      const failed = (item: { permalink: string }, error: unknown) =>
        new Error(`zhuanzai: rendering ${kind.layout} for ${kind.describe(item)} (${item.permalink}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      const pageOf = (item: { permalink: string }): PageData => ({
        inputPath: base.inputPath, fileSlug: base.fileSlug, filePathStem: base.filePathStem,
        outputFileExtension: base.outputFileExtension, templateSyntax: base.templateSyntax, date,
        url: eleventyUrl(item.permalink), outputPath: outputPrefix + item.permalink.replace(LEADING_SLASH_RE, ""),
      });
      const contextOf = (item: object, page: PageData) => ({ site: job.globals.site, zhuanzai: job.globals.zhuanzai, [kind.alias]: item, content: "", page });
      const one = async (item: { permalink: string }): Promise<string> => {
        const page = pageOf(item);
        try {
          const html = async ? await renderAsync(template, contextOf(item, page)) : renderSync(template, contextOf(item, page));
          return finishing ? await lintAndTransform(html, page, finish, job.warn) : html;
        } catch (error) {
          throw failed(item, error);
        }
      };
      for (let i = 0; i < kind.items.length; i += RENDER_CHUNK) {
        const chunk = kind.items.slice(i, i + RENDER_CHUNK);
        const pages = await Promise.all(chunk.map(one));
        chunk.forEach((item, k) => {
          const path = join(job.output, item.permalink);
          writer.write(path, pages[k]);
          written.push(path);
        });
      }
    }
  } catch (error) {
    failure = error;
  }
  const report = await writer.close();
  if (failure) throw failure;
  if (report.failed.length) {
    const shown = report.failed.slice(0, 5).map((f) => `  ${f.file}: ${f.message}`).join("\n");
    const n = report.failed.length;
    throw new Error(`zhuanzai: ${n} ${n === 1 ? "page" : "pages"} could not be written:\n${shown}${n > 5 ? "\n  …" : ""}`);
  }
  return { written };
}
