// Which pages this build must render. The manifest of the last build into this output folder
// (`<cacheDir>/pages-<hash of the output path>.json`) maps each written page's output path to
// [render key, size, mtime] of the file as that build left it. A page is skipped only when its
// render key is the same AND its file is still there with that size and mtime (so a deleted
// `_site`, a file touched by anyone else, or a failed build all lead to a render). Eleventy deletes
// nothing, so a skipped page keeps its bytes, which are the bytes a render would write.
//
// The manifest is updated after a successful build (eleventy.after): rendered pages whose file
// changed get their new [key, size, mtime]; a page that was to be rendered but whose file did not
// change (a dry run) is forgotten. Without a cache folder the manifest lives in memory only (the
// dev server still benefits; a one-off build renders everything).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sha1 } from "./fingerprint.ts";
import type { KeyedPages } from "./page-keys.ts";
import type { RenderSet } from "./site-types.ts";

const MANIFEST_FORMAT = 1;
const MANIFEST_RE = /^pages-[0-9a-f]+\.json$/;
/** Manifests kept in the cache folder (one per output folder built into; the oldest go first). */
const MAX_MANIFESTS = 8;

/** [render key, size in bytes, mtime in ms] of a page's output file. */
type Entry = [key: string, size: number, mtimeMs: number];
interface Pending {
  key: string;
  /** The file's size and mtime before this build, or null when it did not exist. */
  before: string | null;
}

function signature(path: string): { size: number; mtimeMs: number } | null {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? { size: st.size, mtimeMs: st.mtimeMs } : null;
}

const sig = (s: { size: number; mtimeMs: number } | null) => (s ? `${s.size}:${s.mtimeMs}` : null);

export class PageManifest {
  private output: string | null = null;
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Pending>();
  private kept = new Map<string, Entry>();
  private loadedFor: string | null = null;
  private forceAll = false;

  constructor(private readonly cacheDir: string | false) {}

  private file(output: string): string | null {
    return this.cacheDir ? join(this.cacheDir, `pages-${sha1(output).slice(0, 16)}.json`) : null;
  }

  /** The output folder of this build (absolute), or null when it writes no files. */
  get outputDir(): string | null {
    return this.output;
  }

  /** Start of a build writing to `output` (null: not writing files, e.g. `--to=json`). */
  begin(output: string | null): void {
    this.output = output ? resolve(output) : null;
    this.pending.clear();
    this.kept.clear();
    if (!this.output || this.loadedFor === this.output) return;
    this.entries = this.read(this.output);
    this.loadedFor = this.output;
  }

  /** The next build renders every page (e.g. the dev server saw a change it cannot key). */
  renderAllNext(): void {
    this.forceAll = true;
  }

  private read(output: string): Map<string, Entry> {
    const file = this.file(output);
    if (!file) return new Map();
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return new Map(); // no manifest yet: every page is rendered
    }
    try {
      const parsed = JSON.parse(text) as { format: number; output: string; pages: Record<string, Entry> };
      return parsed.format === MANIFEST_FORMAT && parsed.output === output ? new Map(Object.entries(parsed.pages)) : new Map();
    } catch {
      return new Map(); // unreadable: render everything and write a new one
    }
  }

  /** The pages to render: those whose key changed or whose file is not as the last build left it. */
  select(pages: KeyedPages, renderAll = false): RenderSet {
    const all = this.forceAll || renderAll || !this.output;
    this.forceAll = false;
    const pick = <T extends { permalink: string }>(list: { item: T; key: string }[]): T[] => {
      if (!this.output) return list.map((p) => p.item);
      const out: T[] = [];
      for (const { item, key } of list) {
        const now = sig(signature(join(this.output, item.permalink)));
        const last = this.entries.get(item.permalink);
        if (!all && last && last[0] === key && now === `${last[1]}:${last[2]}`) {
          this.kept.set(item.permalink, last);
        } else {
          this.pending.set(item.permalink, { key, before: now });
          out.push(item);
        }
      }
      return out;
    };
    return { posts: pick(pages.posts), listPages: pick(pages.listPages), feeds: pick(pages.feeds) };
  }

  /** After a successful build: remember what was written; pages no longer in the site are dropped. */
  commit(): void {
    if (!this.output) return;
    const next = new Map(this.kept);
    for (const [permalink, { key, before }] of this.pending) {
      const now = signature(join(this.output, permalink));
      if (now && sig(now) !== before) next.set(permalink, [key, now.size, now.mtimeMs]);
    }
    this.entries = next;
    this.pending.clear();
    this.kept.clear();
    const file = this.file(this.output);
    if (!file) return;
    mkdirSync(this.cacheDir as string, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: MANIFEST_FORMAT, output: this.output, pages: Object.fromEntries(next) }));
    renameSync(tmp, file);
    this.prune();
  }

  /** Tests and previews build into many temp folders: keep only the newest manifests. */
  private prune(): void {
    const dir = this.cacheDir as string;
    const found = readdirSync(dir).filter((f) => MANIFEST_RE.test(f)).map((f) => ({ path: join(dir, f), mtimeMs: statSync(join(dir, f)).mtimeMs }));
    found.sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const old of found.slice(MAX_MANIFESTS)) rmSync(old.path, { force: true });
  }
}
