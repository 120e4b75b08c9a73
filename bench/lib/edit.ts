// "Edit one article": a visible change to the body of a post in the target layout (its body
// survives ingest unchanged), and where its page ends up in the output.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Truth } from "./generate.ts";
import { listFiles } from "./workspace.ts";

/** The first article in the target layout: the one the bench edits. */
export function pickEditTarget(truths: readonly Truth[]): Truth {
  const target = truths.find((t) => t.style === "post" && t.date !== null);
  if (!target) throw new Error("The corpus has no article in the target layout to edit; use a larger N.");
  return target;
}

/** The 16-hex id (= slug) in a raw file name `000042_9f86d081884c7d65.txt`. */
export function idOf(file: string): string {
  const m = /_([0-9a-f]{16})\./.exec(file);
  if (!m) throw new Error(`No hex id in ${file}`);
  return m[1];
}

/** Append `marker` to the first sentence of the body; returns the marker text. */
export function editArticle(postsDir: string, file: string, marker: string): string {
  const path = join(postsDir, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf("。</p>");
  if (at < 0) throw new Error(`${path}: no paragraph to edit`);
  writeFileSync(path, `${text.slice(0, at + 1)}${marker}${text.slice(at + 1)}`);
  return marker;
}

/** The output page of the post whose slug is `id` (site-relative URL path), or null. */
export function findPostPage(outDir: string, id: string): string | null {
  const hit = listFiles(outDir, `${id}.html`)[0];
  return hit ? `/${relative(outDir, hit).split(sep).join("/")}` : null;
}

export function pageContains(outDir: string, urlPath: string, marker: string): boolean {
  return readFileSync(join(outDir, urlPath), "utf8").includes(marker);
}
