// The evaluation gate (trafilatura's eval_gate, here in vitest): run the whole corpus of
// test/fixtures/ through ingest() and fail if any figure falls below the floor pinned in
// test/eval-floor.json. Floors are raised by hand when the engine improves (never lowered silently).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../scripts/eval.ts";
import { FLOOR_EPSILON, LOWER_IS_BETTER, type Totals } from "../scripts/eval-report.ts";

const floors = JSON.parse(readFileSync("test/eval-floor.json", "utf8")) as Record<string, number>;
const pinned = Object.entries(floors).filter(([k]) => !k.startsWith("_")) as [keyof Totals, number][];
const { totals } = evaluate();

describe("evaluation gate (test/eval-floor.json)", () => {
  it("pins every figure that scripts/eval.ts reports", () => {
    expect(pinned.map(([k]) => k).sort()).toEqual(Object.keys(totals).sort());
  });

  it.each(pinned)("%s stays on the right side of its pinned value %s", (key, floor) => {
    const value = totals[key];
    if (LOWER_IS_BETTER.includes(key)) expect(value).toBeLessThanOrEqual(floor + FLOOR_EPSILON);
    else expect(value).toBeGreaterThanOrEqual(floor - FLOOR_EPSILON);
  });
});
