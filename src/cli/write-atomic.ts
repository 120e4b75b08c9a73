// Writing a post so that a reader never sees half a file and an existing post is never clobbered
// by accident: write a dot-named temp file in the same folder, fsync, then link (no overwrite) or
// rename (overwrite, with --force). A process killed half-way leaves at most a dot-named temp
// file, which no build and no import reads as a post.
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Prefix of temp files; dot-named so Eleventy, the plugin and `import` skip them. */
export const TEMP_PREFIX = ".zhuanzai-";

export class ExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists (use --force to overwrite)`);
    this.name = "ExistsError";
  }
}

export function writeFileAtomic(path: string, content: string, { force = false } = {}): void {
  const tmp = join(dirname(path), `${TEMP_PREFIX}${process.pid}-${basename(path)}.tmp`);
  const fd = openSync(tmp, "wx");
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (force) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path); // atomic create-if-absent
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new ExistsError(path);
        throw e;
      }
      unlinkSync(tmp);
    }
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch (cleanup) {
      // The temp file is already gone (renamed or never linked); nothing else to undo.
      void cleanup;
    }
    throw e;
  }
}
