// The one error the ingest engine throws: an input that cannot be turned into an article at all
// (binary, empty, too large). Everything else becomes a warning on the Article.

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
