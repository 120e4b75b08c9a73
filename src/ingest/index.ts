// ingest(raw): Article — the stages in order. (Being built: see src/types.ts for the contract.)
import type { Article, IngestOptions, RawDocument } from "../types.ts";

/** An input that cannot be turned into an article at all (binary, empty, undecodable). */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "IngestError";
  }
}

export function ingest(raw: RawDocument, _options: IngestOptions = {}): Article {
  throw new IngestError(raw.path, "ingest engine not implemented yet");
}
