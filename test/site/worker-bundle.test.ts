// The ingest worker bundle (src/site/worker-bundle.ts): plain JavaScript that Node loads without
// tsx, made once per engine version, and giving the same articles as the TypeScript engine.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundledWorker, workerBundleName } from "../../src/site/worker-bundle.ts";

const dir = mkdtempSync(join(tmpdir(), "zhuanzai-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bundledWorker", () => {
  it("writes one plain-JS file named by the engine's hash, importing packages by absolute URL", async () => {
    const file = await bundledWorker(dir);
    expect(file).not.toBeNull();
    expect(basename(file!)).toBe(workerBundleName());
    expect(basename(file!)).toMatch(/^ingest-worker-[0-9a-f]{16}\.mjs$/);
    const code = readFileSync(file!, "utf8");
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec).toMatch(/^(node:|file:\/\/\/)/);
    expect(imports.some((s) => s.includes("/node_modules/cheerio/"))).toBe(true);
    expect(code).not.toMatch(/from "[^"]*\.ts"/);
  });

  it("reuses the file it made (same engine, same name, not written again)", async () => {
    const first = (await bundledWorker(dir))!;
    const before = statSync(first).mtimeMs;
    const again = await bundledWorker(dir);
    expect(again).toBe(first);
    expect(statSync(first).mtimeMs).toBe(before);
  });
});
