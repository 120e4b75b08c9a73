// What a Nunjucks layout reads from its page's context: the names it uses that nothing in the
// template chain binds. Read from Nunjucks' own parse tree, following `extends`, `include`,
// `import` and `from … import` by name; a block that a child template overrides (without
// `super()`) is not the parent's to read. The bulk renderer (bulk-pages.ts) renders a layout
// outside Eleventy's per-page pipeline only when every name it reads is one it supplies as
// Eleventy would (bulk-check.ts).
//
// Scopes are not modelled: a name bound anywhere in the chain (`{% set %}`, a loop or macro
// variable, an import) counts as bound everywhere. A template name computed at render time, a
// template that cannot be found or parsed: the reads are unknown (`problem`).

/** The parts of a Nunjucks parse-tree node this module looks at. */
export interface NjkNode {
  typename: string;
  fields: string[];
  value?: unknown;
  lineno?: number;
  [field: string]: unknown;
}

/** The parts of the nunjucks module this module uses (the one Eleventy renders with). */
export interface NunjucksLib {
  parser: { parse(src: string, extensions: unknown[], opts: object): NjkNode };
  nodes: Record<string, new (...args: never[]) => NjkNode>;
}

/** Custom tags the parser must know: Eleventy's shortcodes, by name (paired ones take a body). */
export interface TagNames {
  single: string[];
  paired: string[];
}

export interface TemplateReads {
  /** Names read from the context that the chain does not bind. */
  free: Set<string>;
  /** Filters and custom tags (shortcodes) the chain uses: async ones need Nunjucks' async render. */
  filters: Set<string>;
  tags: Set<string>;
  /** Why the reads are unknown, or null. */
  problem: string | null;
}

/** Names Nunjucks itself provides inside templates. */
const BUILT_IN_NAMES = new Set(["loop", "super", "caller"]);

/** Parse-only stand-ins for shortcodes, shaped like Eleventy's own (args, then `endname` for paired). */
function tagStubs(lib: NunjucksLib, tags: TagNames): unknown[] {
  const stub = (name: string, paired: boolean) => ({
    tags: [name],
    parse(parser: { nextToken(): { value: string }; parseSignature(a: boolean, b: boolean): NjkNode; advanceAfterBlockEnd(v?: string): void; parseUntilBlocks(...n: string[]): NjkNode }) {
      const tok = parser.nextToken();
      const args = parser.parseSignature(true, true);
      parser.advanceAfterBlockEnd(tok.value);
      let body: NjkNode | undefined;
      if (paired) {
        body = parser.parseUntilBlocks(`end${name}`);
        parser.advanceAfterBlockEnd();
      }
      const Call = lib.nodes.CallExtension as unknown as new (ext: object, prop: string, args: NjkNode, content: NjkNode[]) => NjkNode;
      return new Call({ __name: name }, "run", args, body ? [body] : []);
    },
  });
  return [...tags.single.map((n) => stub(n, false)), ...tags.paired.map((n) => stub(n, true))];
}

const isNode = (v: unknown): v is NjkNode => typeof v === "object" && v !== null && typeof (v as NjkNode).typename === "string";
const childrenOf = (n: NjkNode): NjkNode[] => ((n.children as unknown[] | undefined) ?? []).filter(isNode);

class Reader {
  readonly reads = new Set<string>();
  readonly binds = new Set<string>();
  readonly filters = new Set<string>();
  readonly tags = new Set<string>();
  problem: string | null = null;
  private readonly extensions: unknown[];
  private readonly seen = new Set<string>();

  constructor(private readonly lib: NunjucksLib, private readonly source: (name: string) => string | null, tags: TagNames) {
    this.extensions = tagStubs(lib, tags);
  }

  fail(problem: string): void {
    this.problem ??= problem;
  }

  /** Reads template `name`; `overridden`: blocks a child template replaces. */
  template(name: string, overridden: ReadonlySet<string> = new Set()): void {
    const key = `${name}\u0000${[...overridden].sort().join(",")}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const src = this.source(name);
    if (src === null) return this.fail(`cannot find the template "${name}"`);
    let root: NjkNode;
    try {
      root = this.lib.parser.parse(src, this.extensions, {});
    } catch (error) {
      return this.fail(`cannot parse "${name}": ${error instanceof Error ? error.message : String(error)}`);
    }
    const own = new Set<string>();
    this.collectBlocks(root, own);
    const nextOverridden = new Set([...overridden, ...own]);
    this.walk(root, name, overridden, nextOverridden);
  }

  /** Blocks this template defines that do not call super(): its parent's versions are not rendered. */
  private collectBlocks(node: NjkNode, out: Set<string>): void {
    for (const child of this.fieldNodes(node)) {
      if (child.typename === "Block") {
        const name = String((child.name as NjkNode).value);
        if (!this.callsSuper(child.body as NjkNode)) out.add(name);
      }
      this.collectBlocks(child, out);
    }
  }

  private callsSuper(node: NjkNode): boolean {
    if (node.typename === "FunCall" && isNode(node.name) && node.name.typename === "Symbol" && node.name.value === "super") return true;
    return this.fieldNodes(node).some((c) => this.callsSuper(c));
  }

  private fieldNodes(node: NjkNode): NjkNode[] {
    const out: NjkNode[] = [];
    for (const f of node.fields) {
      const v = node[f];
      if (isNode(v)) out.push(v);
      else if (Array.isArray(v)) for (const c of v) if (isNode(c)) out.push(c);
    }
    return out;
  }

  private bind(node: unknown): void {
    if (Array.isArray(node)) return node.forEach((n) => this.bind(n));
    if (!isNode(node)) return;
    if (node.typename === "Symbol") this.binds.add(String(node.value));
    else if (node.typename === "Pair") {
      this.bind(node.key);
      this.bind(node.value);
    } else for (const c of childrenOf(node)) this.bind(c);
  }

  private follow(ref: unknown, from: string, overridden: ReadonlySet<string> = new Set()): void {
    if (isNode(ref) && ref.typename === "Literal" && typeof ref.value === "string") return this.template(ref.value, overridden);
    this.fail(`"${from}" names a template only known at render time (line ${((isNode(ref) && ref.lineno) || 0) + 1})`);
  }

  private walk(node: NjkNode, file: string, overridden: ReadonlySet<string>, forParent: ReadonlySet<string>): void {
    const walk = (n: unknown) => {
      if (isNode(n)) this.walk(n, file, overridden, forParent);
      else if (Array.isArray(n)) n.forEach(walk);
    };
    switch (node.typename) {
      case "Symbol":
        this.reads.add(String(node.value));
        return;
      case "Literal":
      case "TemplateData":
        return;
      case "LookupVal":
        walk(node.target);
        if (!(isNode(node.val) && node.val.typename === "Literal")) walk(node.val);
        return;
      case "Filter":
      case "FilterAsync":
        if (isNode(node.name)) this.filters.add(String(node.name.value));
        walk(node.args); // the name is a filter, not a variable
        return;
      case "Pair":
        if (!(isNode(node.key) && node.key.typename === "Symbol")) walk(node.key); // `{ a: 1 }`, `f(a=1)`: keys are not reads
        walk(node.value);
        return;
      case "For":
      case "AsyncEach":
      case "AsyncAll":
        this.bind(node.name);
        walk(node.arr);
        walk(node.body);
        walk(node.else_);
        return;
      case "Macro":
      case "Caller":
        this.bind(node.name);
        for (const arg of childrenOf(node.args as NjkNode)) {
          if (arg.typename === "KeywordArgs") {
            for (const pair of childrenOf(arg)) {
              this.bind(pair.key);
              walk(pair.value);
            }
          } else this.bind(arg);
        }
        walk(node.body);
        return;
      case "Set":
        this.bind(node.targets);
        walk(node.value);
        walk(node.body);
        return;
      case "Import":
        this.bind(node.target);
        this.follow(node.template, file);
        return;
      case "FromImport":
        this.bind(node.names);
        this.follow(node.template, file);
        return;
      case "Include":
        this.follow(node.template, file);
        return;
      case "Extends":
        this.follow(node.template, file, forParent);
        return;
      case "Block":
        if (overridden.has(String((node.name as NjkNode).value))) return;
        walk(node.body);
        return;
      case "CallExtension":
      case "CallExtensionAsync":
        this.tags.add(String(node.extName));
        walk(node.args);
        walk(node.contentArgs);
        return;
      default:
        for (const f of node.fields) walk(node[f]);
    }
  }
}

/**
 * The names `name` (a template the loader knows, e.g. `layouts/post.njk`) reads from its context.
 * `source` returns a template's text by name, or null.
 */
export function templateReads(lib: NunjucksLib, source: (name: string) => string | null, name: string, tags: TagNames = { single: [], paired: [] }): TemplateReads {
  const reader = new Reader(lib, source, tags);
  reader.template(name);
  const free = new Set([...reader.reads].filter((n) => !reader.binds.has(n) && !BUILT_IN_NAMES.has(n)));
  return { free, filters: reader.filters, tags: reader.tags, problem: reader.problem };
}
