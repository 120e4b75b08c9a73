// The hostile corpus through `npm run -s extract`: one JSON record per input, a clear `{file, error}`
// for inputs that cannot be read, sane records for the rest, exit status 1, nothing active in any body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir, type RunResult } from "../browser/support/site.ts";
import { activeContent } from "./support/active-content.ts";
import { extract, writeCorpusWithSeeds, type ExtractRecord, type ExtractResult } from "./support/cli.ts";
import { CASES, XSS_MARKERS } from "./support/corpus.ts";

const XML_ILLEGAL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

let root: string;
let paths: Map<string, string>;
let seeds: string[];
let result: RunResult;
let records: Map<string, ExtractResult>;

beforeAll(async () => {
  root = tempDir("hostile-extract");
  ({ cases: paths, seeds } = writeCorpusWithSeeds(root));
  result = await extract([...paths.values(), ...seeds]);
  const parsed = JSON.parse(result.stdout) as ExtractResult[];
  records = new Map(parsed.map((r) => [r.file, r]));
});

afterAll(() => {
  if (root) removeDir(root);
});

describe("extract on the hostile corpus", () => {
  it("prints one record per input, in a JSON array, and exits 1 because some inputs failed", () => {
    expect(records.size).toBe(paths.size + seeds.length);
    expect(result.code).toBe(1);
  });

  it("the good seeds still come through", () => {
    for (const s of seeds) {
      const r = records.get(s) as ExtractRecord;
      expect(r, s).toBeDefined();
      expect("error" in r, s).toBe(false);
      expect(r.title).toBeTruthy();
    }
  });

  for (const c of CASES) {
    it(`${c.name} (${c.file}) → ${c.outcome}`, () => {
      const r = records.get(paths.get(c.file)!);
      expect(r, `a record for ${c.file}`).toBeDefined();
      if ("error" in r!) {
        expect(c.outcome, `${c.file} refused: ${r.error}`).not.toBe("post");
        expect(r.error.trim().length).toBeGreaterThan(5);
        return;
      }
      expect(c.outcome, `${c.file} must be refused with an error, got a post titled ${JSON.stringify(r!.title)}`).not.toBe("error");
      const rec = r as ExtractRecord;
      // A sane post: no YAML line taken for the title, no escaped markup shown as text.
      expect(rec.title ?? "").not.toMatch(/^[A-Za-z_]+:(\s|$)/);
      expect(rec.body).not.toMatch(/&lt;\/?(p|div|h\d)&gt;/);
      if (c.warning) expect(rec.warnings.join("\n")).toMatch(c.warning);
      if (c.title !== undefined) expect(rec.title).toBe(c.title);
      if (c.date === null) {
        expect(rec.date).toBeNull();
        expect(rec.warnings.join("\n"), "a warning names the missing date").toMatch(/date|日期/i);
      } else if (c.date !== undefined) expect(rec.date).toBe(c.date);
      if (c.marker) expect(rec.body).toContain(c.marker.replace(/[<>&"]/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[ch]!));
      expect(rec.slug).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
      if (rec.category !== null) expect(rec.category).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      for (const v of [rec.title, rec.subtitle, rec.author, rec.body]) if (v) expect(v).not.toMatch(XML_ILLEGAL_RE);
      expect(activeContent(rec.body)).toEqual([]);
      for (const m of XSS_MARKERS) expect(JSON.stringify(rec)).not.toContain(m);
    });
  }
});
