// Summarise a V8 CPU profile of a build (from `npm run bench -- N --profile`):
// self time by area (our ingest, our site plugin, Eleventy, Nunjucks, …), the top functions by
// self time, and inclusive time of the functions that mark the build's stages.
//
//   npx tsx bench/profile.ts bench/profiles/10000/site [--top 25] [--under toSitePost]
//
// --under NAME: where the time inside function NAME goes, by its direct callees.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Areas by URL, first match wins. */
const AREAS: [string, RegExp][] = [
  ["ours: src/ingest", /\/src\/ingest\//],
  ["ours: src/article", /\/src\/article\//],
  ["ours: src/site", /\/src\/site\//],
  ["ours: config", /\.eleventy\.ts/],
  ["nunjucks", /node_modules\/nunjucks\//],
  ["liquidjs", /node_modules\/liquidjs\//],
  ["markdown-it", /node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|entities)\//],
  ["eleventy core", /node_modules\/@11ty\/eleventy\//],
  ["eleventy deps", /node_modules\/@11ty\//],
  ["html parsing (cheerio/parse5/htmlparser2)", /node_modules\/(cheerio|parse5|htmlparser2|domhandler|domutils|css-select|dom-serializer)/],
  ["pinyin-pro", /node_modules\/pinyin-pro\//],
  ["luxon", /node_modules\/luxon\//],
  ["yaml / front matter", /node_modules\/(yaml|js-yaml|gray-matter)\//],
  ["tsx / esbuild (TS loading)", /node_modules\/(tsx|esbuild|get-tsconfig)\//],
  ["other node_modules", /node_modules\//],
  ["node internals", /^node:/],
];

/** Functions whose inclusive time shows the stages of a build. */
const STAGE_RE = /^(ingest|loadArticles|buildSiteData|toSitePost|sanitizeHtml|absolutizeHtml|write|_write|writeFile|render|renderPageEntry|renderContent|getTemplateMapEntries|cache|initializeTemplates|generateTemplates|_getFileSystemSearch|getGlobalData|executeBuild|getTemplates|_createTemplate|getData|computeData|resolveDependencies|renderLayout)$/;

function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "native / builtins";
  return AREAS.find(([, re]) => re.test(url))?.[0] ?? "other";
}

function loadProfile(arg: string): { file: string; profile: CpuProfile } {
  let file = arg;
  if (statSync(arg).isDirectory()) {
    const found = readdirSync(arg).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(arg, f));
    found.sort((a, b) => statSync(b).size - statSync(a).size);
    if (!found.length) throw new Error(`no .cpuprofile in ${arg}`);
    file = found[0];
  }
  return { file, profile: JSON.parse(readFileSync(file, "utf8")) as CpuProfile };
}

const ms = (us: number): string => (us / 1000).toFixed(0).padStart(7);
const short = (url: string): string => url.replace(/^.*node_modules\//, "").replace(/^.*\/(src|_includes)\//, "$1/").replace(/^file:\/\//, "");

function main(argv: string[]): void {
  const topAt = argv.indexOf("--top");
  const top = topAt >= 0 ? Number.parseInt(argv[topAt + 1], 10) : 25;
  const underAt = argv.indexOf("--under");
  const under = underAt >= 0 ? argv[underAt + 1] : null;
  const valueAt = new Set([topAt, underAt].filter((at) => at >= 0).map((at) => at + 1));
  const target = argv.find((a, i) => !a.startsWith("--") && !valueAt.has(i));
  if (!target) throw new Error("usage: tsx bench/profile.ts FILE.cpuprofile|DIR [--top N]");
  const { file, profile } = loadProfile(target);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

  const self = new Map<string, number>();
  const callees = new Map<string, number>();
  const area = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const node = byId.get(id)!;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const a = areaOf(node.callFrame.url, node.callFrame.functionName);
    area.set(a, (area.get(a) ?? 0) + dt);
    let child: ProfileNode | null = null;
    for (let cur: number | undefined = id; under && cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (n.callFrame.functionName === under) {
        const k = child ? key(child) : "(self)";
        callees.set(k, (callees.get(k) ?? 0) + dt);
        break;
      }
      child = n;
    }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!STAGE_RE.test(n.callFrame.functionName)) continue;
      const k = key(n);
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
  });

  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${file}\nsampled ${(total / 1e6).toFixed(2)} s\n\nself time by area (ms):`);
  for (const [k, v] of sorted(area)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  console.log(`\ntop ${top} functions by self time (ms):`);
  for (const [k, v] of sorted(self).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  console.log("\nstage functions, inclusive time (ms):");
  for (const [k, v] of sorted(inclusive).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  if (under) {
    console.log(`\ninside ${under}, by direct callee (ms):`);
    for (const [k, v] of sorted(callees).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
  }
}

main(process.argv.slice(2));
