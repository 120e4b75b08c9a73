import { describe, expect, it } from "vitest";
import { Ruler } from "../../src/ingest/ruler.ts";

type Fn = (log: string[]) => void;
const mk = (name: string): Fn => (log) => void log.push(name);

function run(r: Ruler<Fn>): string[] {
  const log: string[] = [];
  for (const fn of r.getRules()) fn(log);
  return log;
}

describe("Ruler", () => {
  it("runs rules in the order pushed", () => {
    const r = new Ruler<Fn>().push("a", mk("a")).push("b", mk("b"));
    expect(run(r)).toEqual(["a", "b"]);
  });

  it("inserts before and after a named rule", () => {
    const r = new Ruler<Fn>().push("a", mk("a")).push("c", mk("c"));
    r.before("c", "b", mk("b")).after("c", "d", mk("d")).before("a", "z", mk("z"));
    expect(run(r)).toEqual(["z", "a", "b", "c", "d"]);
    expect(r.list().map((x) => x.name)).toEqual(["z", "a", "b", "c", "d"]);
  });

  it("disables, re-enables and replaces rules by name", () => {
    const r = new Ruler<Fn>().push("a", mk("a")).push("b", mk("b"));
    r.disable("a");
    expect(run(r)).toEqual(["b"]);
    expect(r.list()).toEqual([{ name: "a", enabled: false }, { name: "b", enabled: true }]);
    r.enable(["a"]).at("b", mk("B"));
    expect(run(r)).toEqual(["a", "B"]);
  });

  it("throws on unknown and duplicate names, naming the known rules", () => {
    const r = new Ruler<Fn>().push("a", mk("a"));
    expect(() => r.disable("nope")).toThrow(/Cleaning rule not found: "nope". Known rules: a/);
    expect(() => r.push("a", mk("a"))).toThrow(/already/);
    expect(() => r.before("x", "y", mk("y"))).toThrow(/not found/);
  });
});
