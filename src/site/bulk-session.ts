// One build's share of bulk rendering (bulk-pages.ts), driven by Eleventy's events:
//
//   eleventy.before      → begin(): a fresh build; bulk only when it writes files (not --to=json, not --dryrun)
//   zhuanzai global data → split(): the kinds of pages whose layouts allow it are taken out of
//                          what Eleventy paginates, and rendered here
//   eleventy.engine.njk  → engineReady(): Eleventy's Nunjucks environment for this build; rendering
//                          starts once it (with its filters) and the data are there (Eleventy makes
//                          it after the data)
//   eleventy.after       → finish(): waits for the last page on disk, fails the build on any error,
//                          and on a page of another template written to a bulk page's path
import { resolve } from "node:path";
import type { Logger, ZhuanzaiOptions } from "./options.ts";
import { renderInBulk, type BulkConfig, type BulkDirectories, type BulkJob, type BulkResult, type NunjucksEngine, type PageKind } from "./bulk-pages.ts";
import { cascadeSite, checkLayout } from "./bulk-check.ts";
import { PAGED, VIRTUAL_DIR } from "./templates.ts";
import type { RenderSet } from "./site-types.ts";

/**
 * Eleventy's flag for a build that writes nothing. A programmatic `setDryRun(true)` is not visible
 * to plugins: such a build still writes the bulk pages.
 */
const DRY_RUN_FLAG = "--dryrun";

/** What to call the items of each kind in errors. */
const describe = (item: { file?: string; permalink: string }) => item.file ?? item.permalink;
const KIND_NOUNS: Record<(typeof PAGED)[number]["set"], string> = { posts: "post pages", listPages: "list pages", feeds: "feeds" };

export class BulkSession {
  private dirs: BulkDirectories | null = null;
  private writesFiles = false;
  private engine: NunjucksEngine | null = null;
  private lastEngine: NunjucksEngine | null = null;
  private kinds: PageKind[] = [];
  private job: BulkJob | null = null;
  private running: Promise<BulkResult> | null = null;
  private counts = "";
  private readonly told = new Set<string>();

  constructor(
    private readonly options: ZhuanzaiOptions,
    private readonly config: BulkConfig,
    private readonly log: Logger,
  ) {}

  /**
   * Start of a build: `output` is null when it writes no files. A render still running from a
   * build that failed before its end (the dev server goes on) is waited for first, so that it
   * cannot write over this build's pages.
   */
  async begin(dirs: BulkDirectories | null, output: string | null): Promise<void> {
    await this.running?.catch(() => undefined);
    this.dirs = dirs;
    this.writesFiles = Boolean(this.options.bulkPages && dirs && output && !process.argv.includes(DRY_RUN_FLAG));
    this.engine = null;
    this.kinds = [];
    this.job = null;
    this.running = null;
  }

  /**
   * Eleventy announces its environment before adding the filters, shortcodes and globals to it
   * (in the same synchronous constructor): rendering starts in a microtask, after that code.
   */
  engineReady(engine: NunjucksEngine): void {
    this.engine = this.lastEngine = engine;
    queueMicrotask(() => this.start());
  }

  /** Takes the pages this build renders in bulk out of `render`; returns what Eleventy renders. */
  split(render: RenderSet): RenderSet {
    const dirs = this.dirs;
    if (!this.writesFiles || !dirs) return render;
    const rest: RenderSet = { ...render };
    const kinds: PageKind[] = [];
    const counts: string[] = [];
    for (const paged of PAGED) {
      const layout = this.options.layouts[paged.layout];
      const check = checkLayout(layout, paged.alias, dirs, this.config);
      if (check.blocker) {
        this.tell(`${KIND_NOUNS[paged.set]} are rendered by Eleventy page by page: ${check.blocker}`);
        continue;
      }
      const items = render[paged.set] as { permalink: string; file?: string }[];
      kinds.push({ template: paged.template, layout, alias: paged.alias, items, describe, filters: check.filters, tags: check.tags });
      if (items.length) counts.push(`${items.length} ${KIND_NOUNS[paged.set]}`);
      rest[paged.set] = [];
    }
    if (kinds.length === 0) return render;
    // Nothing to render (a rebuild with nothing changed): no writer threads, no log line.
    this.kinds = kinds.some((k) => k.items.length) ? kinds : [];
    this.counts = counts.join(", ");
    return rest;
  }

  /**
   * Renders the pages taken by split() into `output` (absolute), with `zhuanzai` (the global data
   * as Eleventy's templates get it), as soon as Eleventy's Nunjucks environment is there.
   */
  render(zhuanzai: unknown, output: string): void {
    const dirs = this.dirs;
    if (!this.kinds.length || !dirs) return;
    this.job = {
      kinds: this.kinds,
      globals: { site: cascadeSite(dirs.data, this.options.site), zhuanzai },
      dirs,
      output,
      virtualDir: VIRTUAL_DIR,
      config: this.config,
      warn: this.log,
    };
    this.start();
  }

  private start(): void {
    if (this.running || !this.job || !this.engine) return;
    this.running = renderInBulk(this.job, this.engine);
    this.running.catch(() => undefined); // awaited in finish()
  }

  /** End of a build: every bulk page written, none also written by Eleventy. */
  async finish(results: { inputPath: string; outputPath: string | false }[] = []): Promise<void> {
    if (!this.job) return;
    if (!this.running) {
      // Eleventy made no Nunjucks environment this build (nothing of its own in Nunjucks): the last one.
      this.engine = this.lastEngine;
      if (!this.engine) throw new Error("zhuanzai: Eleventy made no Nunjucks environment to render the pages with");
      this.start();
    }
    const { written } = await this.running!;
    this.job = null;
    const ours = new Set(written);
    for (const r of results) {
      if (r.outputPath && ours.has(resolve(r.outputPath))) {
        throw new Error(`zhuanzai: ${r.inputPath} writes ${r.outputPath}, which is a page of the zhuanzai plugin (a post, list or feed page). Give it another permalink.`);
      }
    }
    if (this.counts) this.log(`wrote ${this.counts} (bulk)`);
    this.counts = "";
  }

  /** Says each reason once per process (the dev server rebuilds often). */
  private tell(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.log(message);
  }
}
