// Cold builds write ~10,000 post pages into ~10,000 new folders (`/<cat>/<yyyy>/<mm>/<dd>/`), and
// Eleventy makes each folder with a synchronous mkdir on the main thread just before writing the
// page. Making them up front on libuv's thread pool (in the background, while Eleventy maps and
// renders the templates on the main thread) moves that kernel work onto the other cores.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { RenderSet } from "./site-types.ts";

/** Starts making the output folders of the pages to render; never fails (Eleventy makes any that are missing). */
export function prepareOutputDirs(output: string, render: RenderSet): Promise<void> {
  const dirs = new Set<string>();
  for (const list of [render.posts, render.listPages, render.feeds]) {
    for (const page of list) dirs.add(dirname(join(output, page.permalink)));
  }
  const made = [...dirs].map((dir) =>
    mkdir(dir, { recursive: true }).then(
      () => undefined,
      () => undefined, // Eleventy's own mkdir right before the write reports any real problem
    ),
  );
  return Promise.all(made).then(() => undefined);
}
