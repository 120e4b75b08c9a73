// The plugin's one way to speak: build warnings, prefixed, on stderr (or a logger from options).
import type { Logger } from "./options.ts";

export const LOG_PREFIX = "[zhuanzai]";
/** Warnings printed one by one before the rest are summarised in a count. */
export const MAX_WARNINGS_SHOWN = 50;

export function defaultLogger(message: string): void {
  console.warn(`${LOG_PREFIX} ${message}`);
}

/** Collects warnings during one build and prints them, capped, at the end of data loading. */
export class Warnings {
  private readonly items: string[] = [];
  constructor(private readonly log: Logger = defaultLogger) {}
  add(file: string, message: string): void {
    this.items.push(`${file}: ${message}`);
  }
  get count(): number {
    return this.items.length;
  }
  /** Warnings added after the first `count` (to replay them when a result is reused). */
  since(count: number): string[] {
    return this.items.slice(count);
  }
  replay(items: readonly string[]): void {
    this.items.push(...items);
  }
  flush(): void {
    for (const item of this.items.slice(0, MAX_WARNINGS_SHOWN)) this.log(item);
    if (this.items.length > MAX_WARNINGS_SHOWN) {
      this.log(`… and ${this.items.length - MAX_WARNINGS_SHOWN} more warnings`);
    }
    this.items.length = 0;
  }
  info(message: string): void {
    this.log(message);
  }
}
