// posts/ → Article[]: every file the ingest engine reads (any depth, dotfiles skipped), in path
// order, through the content-hash cache. A file that cannot be ingested is reported by name and
// left out; the rest still builds.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Article, Publication } from "../types.ts";
import type { IngestFn } from "./options.ts";
import type { IngestCache } from "./ingest-cache.ts";
import type { Warnings } from "./log.ts";

/** Extensions the ingest engine reads. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
const ARTICLE_FILE_RE = /\.(?:txt|md|markdown|html?)$/i;

export interface LoadedArticle {
  /** Path relative to the working directory, `/`-separated (`posts/000_x.txt`). */
  file: string;
  article: Article;
}

/** Article files under `dir`, sorted by path; missing folder → []. */
export function listArticleFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && ARTICLE_FILE_RE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).some((part) => part.startsWith(".")))
    .sort();
}

export function loadArticles(
  dir: string,
  ingest: IngestFn,
  publications: Publication[],
  cache: IngestCache,
  warnings: Warnings,
): LoadedArticle[] {
  const out: LoadedArticle[] = [];
  for (const path of listArticleFiles(dir)) {
    const file = relative(process.cwd(), path).split(sep).join("/");
    const bytes = readFileSync(path);
    const key = cache.key(file, bytes);
    let article = cache.get(key);
    if (!article) {
      try {
        article = ingest({ path: file, bytes }, { publications });
      } catch (error) {
        warnings.add(file, `skipped, cannot be read as an article: ${(error as Error).message}`);
        continue;
      }
      cache.set(key, article);
    }
    out.push({ file, article });
  }
  return out;
}
