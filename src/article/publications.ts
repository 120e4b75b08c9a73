// Lookup in the registry of known publications (`_data/publications.json`): names and aliases
// map to one canonical name. The registry is data a user extends without touching code.
import type { Publication } from "../types.ts";

/** Characters that do not change which publication a name means (spaces, 《》, quotes). */
const NAME_NOISE_RE = /[\s\u3000《》〈〉“”"'「」]/g;

/** A name as the registry compares it: NFKC, without spaces, 《》 and quotes. */
export function normalizePublicationName(name: string): string {
  return name.normalize("NFKC").replace(NAME_NOISE_RE, "");
}

/** A publication with its name and aliases as the registry compares them (name first). */
interface NormalizedEntry {
  publication: Publication;
  names: readonly string[];
}

/**
 * Every registry's names and aliases, normalised once per registry array (a batch passes the same
 * array to every ingest, and each article looks names up many times). A memo, not state: it is
 * rebuilt when the array's length changes, and it goes with the array (as isKnownPublication's).
 */
const normalizedRegistries = new WeakMap<readonly Publication[], readonly NormalizedEntry[]>();

function normalizedRegistry(publications: readonly Publication[]): readonly NormalizedEntry[] {
  let entries = normalizedRegistries.get(publications);
  if (!entries || entries.length !== publications.length) {
    entries = publications.map((p) => ({ publication: p, names: [p.name, ...(p.aliases ?? [])].map(normalizePublicationName) }));
    normalizedRegistries.set(publications, entries);
  }
  return entries;
}

/** The publication whose name or alias is exactly `name` (ignoring spaces and 《》). */
export function findPublication(name: string, publications: readonly Publication[]): Publication | null {
  const n = normalizePublicationName(name);
  if (!n) return null;
  return normalizedRegistry(publications).find((e) => e.names.includes(n))?.publication ?? null;
}

/**
 * The publication whose name or alias occurs in `text`, longest match first
 * (`恩施日报全媒体` → 恩施日报). Null when none occurs.
 */
export function findPublicationIn(text: string, publications: readonly Publication[]): Publication | null {
  const t = normalizePublicationName(text);
  let best: Publication | null = null;
  let bestLen = 0;
  for (const { publication, names } of normalizedRegistry(publications)) {
    for (const n of names) {
      if (n.length > bestLen && t.includes(n)) {
        best = publication;
        bestLen = n.length;
      }
    }
  }
  return best;
}

/** Validate registry data once, with errors that say which entry is wrong. */
export function validatePublications(data: unknown, where = "_data/publications.json"): Publication[] {
  if (!Array.isArray(data)) throw new Error(`${where}: expected an array of { name, aliases?, slug? }`);
  return data.map((entry, i) => {
    const e = entry as Partial<Publication>;
    if (!e || typeof e.name !== "string" || !e.name.trim()) {
      throw new Error(`${where}[${i}]: "name" must be a non-empty string`);
    }
    if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === "string"))) {
      throw new Error(`${where}[${i}] (${e.name}): "aliases" must be an array of strings`);
    }
    if (e.slug !== undefined && !(typeof e.slug === "string" && /^[a-z0-9][a-z0-9-]*$/.test(e.slug))) {
      throw new Error(`${where}[${i}] (${e.name}): "slug" must be lower-case ASCII letters, digits and hyphens`);
    }
    return { name: e.name.trim(), aliases: e.aliases, slug: e.slug };
  });
}
