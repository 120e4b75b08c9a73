// The text the corpus is made of: sentences (split on 。！？) from all the seed files, so that the
// generated prose is real Chinese news prose, and short clauses for titles, headings and captions.
// Boilerplate lines of the seeds (contacts, widgets, footers, spam) are left out of the pool:
// the generator adds its own, invented boilerplate where it wants it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SentencePool {
  sentences: string[];
  /** 4–12 Han characters, no punctuation: titles, sub-headings, captions, sidebar headlines. */
  clauses: string[];
}

/** Lines of the seeds that are boilerplate, not prose. */
const JUNK_RE = /(http|www\.|@|ICP|COPYRIGHT|版权|评论|官网|购彩|热线|电话|邮箱|扫一扫|公众号|客户端|网站地图|\.jpg|Q Q|编辑|校对|审核|来源|作者|记者|通讯员)/i;
const FRONT_MATTER_RE = /^---\n[\s\S]*?\n---\n/;
const TAG_RE = /<[^>]+>/g;
const LINE_LEAD_RE = /^[#\s\u3000—]+/;
const SENTENCE_END_RE = /(?<=[。！？])/;
const CLAUSE_SPLIT_RE = /[，,；;：:。！？、（）()“”"\s]+/;
const HAN_RE = /[\u4e00-\u9fff]/g;
/** A sentence needs this many Han characters to be prose rather than a label. */
const MIN_SENTENCE_HAN = 8;
/** …and at least this share of Han characters (not a list of numbers). */
const MIN_HAN_SHARE = 0.5;
const MIN_CLAUSE_HAN = 4;
const MAX_CLAUSE_HAN = 12;

const hanCount = (s: string): number => s.match(HAN_RE)?.length ?? 0;

/** A `+` the seeds' scraper lost: `5 1行动` → `5+1行动`, `“党建 ”` → `“党建+”`. */
const LOST_PLUS_DIGITS_RE = /(\d) (\d)/g;
const LOST_PLUS_QUOTE_RE = /([\u4e00-\u9fff]) ”/g;

/** The seeds' scraping damage repaired, so that the pool is clean prose: full-width punctuation, lost `+`. */
function repair(s: string): string {
  return s
    .replace(/,/g, "，").replace(/:/g, "：").replace(/;/g, "；").replace(/\(/g, "（").replace(/\)/g, "）")
    .replace(LOST_PLUS_DIGITS_RE, "$1+$2").replace(LOST_PLUS_QUOTE_RE, "$1+”");
}

/** Splitting on 。 inside a quotation leaves halves with one quote mark: not a sentence of their own. */
function balancedQuotes(s: string): boolean {
  return (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
}

export function loadSentencePool(seedDir: string): SentencePool {
  const files = readdirSync(seedDir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No seed files in ${seedDir}: the corpus is made of their sentences.`);
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(seedDir, file), "utf8").replace(FRONT_MATTER_RE, "").replace(TAG_RE, "\n");
    for (const raw of text.split(/\n+/)) {
      const line = raw.replace(LINE_LEAD_RE, "").trim();
      if (!line || JUNK_RE.test(line)) continue;
      for (const part of line.split(SENTENCE_END_RE)) {
        let s = repair(part.trim());
        const han = hanCount(s);
        if (han < MIN_SENTENCE_HAN || han / s.length < MIN_HAN_SHARE || !balancedQuotes(s)) continue;
        if (!/[。！？]$/.test(s)) s += "。";
        if (!seen.has(s)) {
          seen.add(s);
          sentences.push(s);
        }
      }
    }
  }
  const clauses = [...new Set(sentences.flatMap((s) => s.split(CLAUSE_SPLIT_RE)))].filter((c) => {
    const han = hanCount(c);
    return han >= MIN_CLAUSE_HAN && han <= MAX_CLAUSE_HAN && han === c.length;
  });
  return { sentences, clauses };
}
