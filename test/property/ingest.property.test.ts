// Properties of the ingest engine on arbitrary input: it never throws anything but IngestError;
// what it returns renders to a post whose front matter parses back to the article's values, whose
// body is well-formed with nothing active.
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseJekyllDate } from "../../src/article/dates.ts";
import { renderPost } from "../../src/article/render.ts";
import { ingest, IngestError } from "../../src/ingest/index.ts";
import type { Article } from "../../src/types.ts";
import { activeContent } from "../hostile/support/active-content.ts";
import { anyString, frontMatterDocument, rawDocument } from "./support/arbitraries.ts";
import { checkBody, splitPost } from "./support/post-shape.ts";

const RUNS = 200;
const SITE_URL = "https://example.com";
const PUBLICATIONS = [{ name: "恩施日报" }, { name: "湘西日报" }];
const XML_ILLEGAL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** ingest, with IngestError (a refused input) mapped to null; anything else thrown fails the property. */
function tryIngest(path: string, bytes: Uint8Array): Article | null {
  try {
    return ingest({ path, bytes }, { publications: PUBLICATIONS });
  } catch (e) {
    if (e instanceof IngestError) {
      expect(e.message).toContain(path); // a refusal names the file
      return null;
    }
    throw e;
  }
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16WithBom = (s: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));

/** The article as a valid post: every property a reader, a feed and a re-import rely on. */
function checkArticle(a: Article): void {
  expect(typeof a.slug).toBe("string");
  expect(a.slug).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
  if (a.category !== null) expect(a.category).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  for (const v of [a.title, a.subtitle, a.author, a.source, a.body]) if (v) expect(v).not.toMatch(XML_ILLEGAL_RE);
  if (a.date !== null) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  expect(activeContent(a.body)).toEqual([]);
  checkBody(a.body);
  const post = renderPost(a, { siteUrl: SITE_URL });
  const parts = splitPost(post);
  const fm = parse(parts.frontMatter) as Record<string, unknown>;
  expect(fm.title ?? null).toEqual(a.title);
  expect(fm.subtitle ?? null).toEqual(a.subtitle || null);
  if (fm.author !== undefined) expect(fm.author).toEqual(a.author);
  expect(fm.tags === undefined ? [] : [fm.tags].flat()).toEqual(a.tags);
  if (a.date === null) expect(fm.date).toBeUndefined();
  else expect(parseJekyllDate(fm.date)?.toMillis()).toBe(Date.parse(a.date));
  expect(activeContent(parts.body)).toEqual([]);
}

describe("ingest never throws on arbitrary input (only IngestError, naming the file)", () => {
  it("arbitrary Unicode strings", () => {
    fc.assert(fc.property(anyString, (s) => void tryIngest("any.txt", utf8(s))), { numRuns: RUNS });
  });

  it("arbitrary bytes, as .txt and as .html", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("bytes.txt", "bytes.html", "bytes.md"), (bytes, name) => void tryIngest(name, bytes)),
      { numRuns: RUNS },
    );
  });

  it("mixed CJK / HTML / YAML-ish documents, in UTF-8 and UTF-16", () => {
    fc.assert(
      fc.property(fc.oneof(rawDocument, frontMatterDocument), fc.boolean(), fc.constantFrom("doc.txt", "doc.html", "doc.md"), (doc, wide, name) => {
        void tryIngest(name, wide ? utf16WithBom(doc) : utf8(doc));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("what ingest returns is a valid, inert post", () => {
  it("front matter round-trips, body well-formed with nothing active (mixed documents)", () => {
    fc.assert(
      fc.property(fc.oneof(rawDocument, frontMatterDocument), fc.constantFrom("doc.txt", "doc.html"), (doc, name) => {
        const a = tryIngest(name, utf8(doc));
        if (a) checkArticle(a);
      }),
      { numRuns: RUNS },
    );
  });
});
