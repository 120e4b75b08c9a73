// An ordered list of named functions, after markdown-it's lib/ruler.mjs.
// The cleaning pipeline is data: a user lists, disables, reorders or adds rules by name,
// and an unknown name is an error, never silently ignored.

export interface RuleEntry<F> {
  name: string;
  enabled: boolean;
  fn: F;
}

export class Ruler<F> {
  #rules: RuleEntry<F>[] = [];
  #cache: F[] | null = null;

  /** Names in order, with whether each is enabled. */
  list(): { name: string; enabled: boolean }[] {
    return this.#rules.map(({ name, enabled }) => ({ name, enabled }));
  }

  /** The enabled rules, in order. */
  getRules(): F[] {
    this.#cache ??= this.#rules.filter((r) => r.enabled).map((r) => r.fn);
    return this.#cache;
  }

  /** Entries (name + fn) of the enabled rules, in order. */
  entries(): RuleEntry<F>[] {
    return this.#rules.filter((r) => r.enabled);
  }

  push(name: string, fn: F): this {
    this.#assertNew(name);
    this.#rules.push({ name, enabled: true, fn });
    return this.#changed();
  }

  before(beforeName: string, name: string, fn: F): this {
    this.#assertNew(name);
    this.#rules.splice(this.#find(beforeName), 0, { name, enabled: true, fn });
    return this.#changed();
  }

  after(afterName: string, name: string, fn: F): this {
    this.#assertNew(name);
    this.#rules.splice(this.#find(afterName) + 1, 0, { name, enabled: true, fn });
    return this.#changed();
  }

  /** Replace the function of an existing rule. */
  at(name: string, fn: F): this {
    this.#rules[this.#find(name)].fn = fn;
    return this.#changed();
  }

  enable(names: string | string[]): this {
    for (const n of [names].flat()) this.#rules[this.#find(n)].enabled = true;
    return this.#changed();
  }

  disable(names: string | string[]): this {
    for (const n of [names].flat()) this.#rules[this.#find(n)].enabled = false;
    return this.#changed();
  }

  #find(name: string): number {
    const i = this.#rules.findIndex((r) => r.name === name);
    if (i < 0) {
      const known = this.#rules.map((r) => r.name).join(", ");
      throw new Error(`Cleaning rule not found: "${name}". Known rules: ${known}`);
    }
    return i;
  }

  #assertNew(name: string): void {
    if (this.#rules.some((r) => r.name === name)) {
      throw new Error(`Cleaning rule "${name}" is already in the pipeline`);
    }
  }

  #changed(): this {
    this.#cache = null;
    return this;
  }
}
