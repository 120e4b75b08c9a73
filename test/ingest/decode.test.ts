// Stage 1: bytes → text. Encodings, line endings, illegal characters, NFC; binary/empty/huge refused.
import { describe, expect, it } from "vitest";
import { decode } from "../../src/ingest/decode.ts";
import { IngestError } from "../../src/ingest/index.ts";
import { MAX_INPUT_BYTES } from "../../src/ingest/thresholds.ts";

const TEXT = "标题：建强堡垒\n正文，第一段。";
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let o = 0;
  if (bom) view.setUint16((o += 2) - 2, 0xfeff, !bigEndian);
  for (let i = 0; i < s.length; i++) view.setUint16((o += 2) - 2, s.charCodeAt(i), !bigEndian);
  return out;
}

/** `建强堡垒` and `。` in GBK (GB18030) bytes, written out so the test needs no encoder. */
const GBK = new Uint8Array([0xbd, 0xa8, 0xc7, 0xbf, 0xb1, 0xa4, 0xc0, 0xdd, 0xa1, 0xa3]);

describe("decode", () => {
  it.each([
    ["UTF-8", utf8(TEXT), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), "utf-8"],
    ["UTF-16 LE with BOM", utf16(TEXT, false), "utf-16le"],
    ["UTF-16 BE with BOM", utf16(TEXT, true), "utf-16be"],
  ] as const)("%s", (_label, bytes, encoding) => {
    expect(decode("f.txt", bytes)).toEqual({ text: TEXT, encoding, lossy: false });
  });

  it("reads GBK/GB18030 when the bytes are not UTF-8", () => {
    expect(decode("f.txt", GBK)).toEqual({ text: "建强堡垒。", encoding: "gb18030", lossy: false });
  });

  it("reads ASCII-heavy UTF-16 without a BOM by its NUL pattern", () => {
    expect(decode("f.txt", utf16("title: hello world\nbody text here", false, false)).encoding).toBe("utf-16le");
  });

  it("keeps mostly-valid UTF-8 as UTF-8 and marks it lossy", () => {
    const bytes = new Uint8Array([...utf8("正文第一段，内容很长很长很长。"), 0xff, ...utf8("第二段。")]);
    const d = decode("f.txt", bytes);
    expect(d).toMatchObject({ encoding: "utf-8", lossy: true });
    expect(d.text).toBe("正文第一段，内容很长很长很长。\uFFFD第二段。");
  });

  it("normalises line endings, drops NUL and control characters, composes NFC", () => {
    const d = decode("f.txt", utf8("a\r\nb\rc\u0000d\u0007e\u000bf\ufffeg Cafe\u0301"));
    expect(d.text).toBe("a\nb\ncdef" + "g Caf\u00e9");
  });

  it.each([
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary file \(PNG image\?\) — not an article/],
    ["a PDF", utf8("%PDF-1.7\n..."), /binary file \(PDF document\?\)/],
    ["control bytes", new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 1 : 0x41)), /binary file \(unknown format/],
    ["an empty file", new Uint8Array(0), /empty file/],
    ["whitespace only", utf8(" \n\t\u3000\r\n"), /empty file/],
  ])("refuses %s with an IngestError naming the file", (_label, bytes, message) => {
    expect(() => decode("dir/f.txt", bytes)).toThrow(IngestError);
    expect(() => decode("dir/f.txt", bytes)).toThrow(message);
    expect(() => decode("dir/f.txt", bytes)).toThrow(/^dir\/f\.txt: /);
  });

  it("refuses an input over MAX_INPUT_BYTES with a clear message, at once", () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41);
    expect(() => decode("big.txt", huge)).toThrow(/file too large \(8\.0 MiB > 8 MiB limit\)/);
  });
});
