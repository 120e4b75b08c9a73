// Invented publications for the corpus (generic place names + the usual suffixes). Their slugs
// come from the project's own pinyinSlug, so the site and the baseline agree on categories.
// The list is written to `publications.json` next to the corpus: the site build reads it as its
// registry (the way a user extends `_data/publications.json`).
import { pinyinSlug } from "../../src/article/slug.ts";
import type { Publication } from "../../src/types.ts";

export interface BenchPublication {
  name: string;
  slug: string;
  /** Other spellings the raw pages use for it. */
  aliases: string[];
  /** The corresponding site's domain, for URLs and copyright footers. */
  domain: string;
}

const PLACES = [
  "清江", "武陵", "巴山", "汉水", "楚天", "峡江", "鄂西", "酉水", "龙山", "沅江",
  "渠江", "建始", "泸溪", "景阳", "高坪", "红花", "大坪", "秦巴", "神农", "五峰",
  "丹江", "竹溪", "南漳", "保康", "利川", "咸丰", "来凤", "鹤峰", "巫溪", "城口",
] as const;
const SUFFIXES = ["日报", "融媒", "网", "晚报", "新闻网", "日报", "融媒", "时报"] as const;
/** How an alias is formed from the name's place and suffix. */
const ALIAS_FORMS: Record<string, (place: string) => string[]> = {
  日报: (p) => [`${p}日报社`, `${p}日报全媒体`],
  融媒: (p) => [`${p}县融媒体中心`],
  网: (p) => [`${p}新闻客户端`],
  晚报: (p) => [`${p}晚报社`],
  新闻网: (p) => [`${p}新闻`],
  时报: (p) => [`${p}时报社`],
};

export function benchPublications(): BenchPublication[] {
  return PLACES.map((place, i) => {
    const suffix = SUFFIXES[i % SUFFIXES.length];
    const name = place + suffix;
    const slug = pinyinSlug(name);
    return { name, slug, aliases: ALIAS_FORMS[suffix](place), domain: `www.${slug.slice(0, 12)}.cn` };
  });
}

/** The registry shape of `_data/publications.json`. */
export function toRegistry(pubs: readonly BenchPublication[]): Publication[] {
  return pubs.map(({ name, aliases }) => ({ name, aliases }));
}
