// The part of Eleventy 3's configuration API the plugin uses (Eleventy ships no TypeScript types).
export interface EleventyConfig {
  /** Set by Eleventy before plugins run (config `pathPrefix`, or `--pathprefix` on the command line). */
  pathPrefix?: string;
  ignores: { add(glob: string): void };
  versionCheck(range: string): void;
  addWatchTarget(path: string): void;
  addDateParsing(fn: (value: unknown) => unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addTemplate(path: string, content: string | (() => string), data: Record<string, unknown>): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, listener: (args: never) => unknown): void;
}
