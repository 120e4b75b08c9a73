// A folder tree's content, to prove a run wrote nothing outside its output folder and changed no input.
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../../browser/support/site.ts";

export type TreeSnapshot = Map<string, string>;

/** rel path → sha1 of the file (symlinks by target kind only), skipping paths `skip` accepts. */
export function snapshotTree(dir: string, skip: (rel: string) => boolean = () => false): TreeSnapshot {
  const snap: TreeSnapshot = new Map();
  for (const rel of listFiles(dir, skip)) {
    const p = join(dir, rel);
    snap.set(rel, lstatSync(p).isSymbolicLink() ? "symlink" : createHash("sha1").update(readFileSync(p)).digest("hex"));
  }
  return snap;
}

/** Paths added, removed or changed between two snapshots. */
export function treeChanges(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const changes: string[] = [];
  for (const [rel, hash] of after) {
    if (!before.has(rel)) changes.push(`added ${rel}`);
    else if (before.get(rel) !== hash) changes.push(`changed ${rel}`);
  }
  for (const rel of before.keys()) if (!after.has(rel)) changes.push(`removed ${rel}`);
  return changes.sort();
}
