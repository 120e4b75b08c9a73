// The corpus generator: article i of a seed is always the same raw page and the same normalised
// post, whatever N is (one random stream per article).
import type { ArticleSpec, RawStyle } from "./article-spec.ts";
import { makeSpec } from "./article-spec.ts";
import { isoOf } from "./date-formats.ts";
import { createRng } from "./prng.ts";
import { benchPublications, type BenchPublication } from "./publications.ts";
import { loadSentencePool } from "./sentence-pool.ts";
import { renderHtml } from "./style-html.ts";
import { renderMarkdown } from "./style-markdown.ts";
import { renderTargetLayout } from "./style-post.ts";
import { renderJournal, renderLocal, renderPortal } from "./style-text.ts";

export const DEFAULT_SEED = 20211215;

export interface GeneratorOptions {
  /** Folder of seed files whose sentences make the prose (the project's `posts/`). */
  seedDir: string;
  /** The site's base URL, for the backlinks of the target layout. */
  siteUrl: string;
  seed?: number;
}

/** What the ingest engine should find in a raw page (`extract`'s fields). */
export interface Truth {
  file: string;
  style: RawStyle;
  title: string;
  subtitle: string | null;
  date: string | null;
  source: string | null;
  category: string | null;
  author: string | null;
}

export interface GeneratedArticle {
  spec: ArticleSpec;
  /** `000042_9f86d081884c7d65.txt` */
  rawName: string;
  raw: string;
  /** `2021-12-15-9f86d081884c7d65.md` */
  normName: string;
  norm: string;
  truth: Truth;
}

export interface Generator {
  publications: BenchPublication[];
  article(index: number, forceStyle?: RawStyle): GeneratedArticle;
}

const EXTENSIONS: Record<RawStyle, string> = { portal: "txt", journal: "txt", local: "txt", markdown: "txt", html: "html", post: "txt" };

export function createGenerator(options: GeneratorOptions): Generator {
  const seed = options.seed ?? DEFAULT_SEED;
  const pool = loadSentencePool(options.seedDir);
  const publications = benchPublications();
  const article = (index: number, forceStyle?: RawStyle): GeneratedArticle => {
    const rng = createRng(seed, index);
    const spec = makeSpec(rng, index, pool, publications, forceStyle);
    const norm = renderTargetLayout(spec, options.siteUrl);
    const raw =
      spec.style === "portal" ? renderPortal(rng, spec, pool.clauses)
      : spec.style === "journal" ? renderJournal(rng, spec)
      : spec.style === "local" ? renderLocal(rng, spec, pool.clauses)
      : spec.style === "markdown" ? renderMarkdown(rng, spec, pool.clauses)
      : spec.style === "html" ? renderHtml(rng, spec, pool.clauses)
      : norm;
    const rawName = `${String(index).padStart(6, "0")}_${spec.id}.${EXTENSIONS[spec.style]}`;
    const d = isoOf(spec.date).slice(0, 10);
    const known = spec.sourceAs !== null;
    const truth: Truth = {
      file: rawName,
      style: spec.style,
      title: spec.title,
      subtitle: spec.subtitle,
      date: spec.dated ? isoOf(spec.date) : null,
      source: known ? spec.pub.name : null,
      category: known ? spec.pub.slug : null,
      author: spec.author,
    };
    return { spec, rawName, raw, normName: `${d}-${spec.id}.md`, norm, truth };
  };
  return { publications, article };
}
