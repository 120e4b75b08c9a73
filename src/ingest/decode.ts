// Stage 1: bytes → DecodedText. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the NUL
// pattern of ASCII-heavy UTF-16), else strict UTF-8, else GB18030 (a superset of GBK/GB2312).
// Decoding strictly and falling back beats guessing from byte statistics: valid UTF-8 that is
// not UTF-8 is vanishingly rare, while GBK bytes almost never form valid UTF-8.
// Then: CRLF/CR → LF, NUL and XML-illegal control characters removed, Unicode NFC.
import { isUtf8, transcode } from "node:buffer";
import type { DecodedText, Encoding } from "../types.ts";
import { IngestError } from "./ingest-error.ts";
import {
  BINARY_SNIFF_BYTES,
  MAX_CONTROL_BYTE_RATIO,
  MAX_INPUT_BYTES,
  MAX_UTF8_REPLACEMENT_RATIO,
} from "./thresholds.ts";

/** File signatures of formats that are never articles. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "WebP/RIFF media", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "ZIP archive or Office document", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "Windows executable", bytes: [0x4d, 0x5a] },
  { name: "OLE document (.doc/.xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/**
 * C0 controls other than TAB/LF/CR, DEL, U+FFFE/U+FFFF: not allowed in XML. (Lone surrogates
 * cannot occur: every decoder here replaces invalid sequences with U+FFFD.)
 */
const ILLEGAL_CHARS_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const NEWLINE_RE = /\r\n?|\u2028|\u2029/g;
const BLANK_RE = /^[\s\u3000\u00a0\u200b\ufeff]*$/;
const REPLACEMENT = "\uFFFD";
const MIB = 1024 * 1024;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** UTF-16 without BOM: in ASCII-heavy text every other byte is NUL. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null; // no NUL at all (native scan): not UTF-16
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return "utf-16le";
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return "utf-16be";
  return null;
}

function assertText(file: string, bytes: Uint8Array): void {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new IngestError(file, `binary file (${magic.name}?) — not an article`);
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) control++; // most bytes fail the first test
  }
  if (n > 0 && control / n > MAX_CONTROL_BYTE_RATIO) {
    throw new IngestError(file, "binary file (unknown format, many control bytes) — not an article");
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/**
 * UTF-8 validation is native and fast (isUtf8). Valid UTF-8 is then converted by ICU's transcoder,
 * several times faster on CJK text than Buffer's or TextDecoder's UTF-8 decoder (Node 20), and
 * read as UTF-16. TextDecoder only for the rest.
 */
function tryUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? transcode(bytes, "utf8", "utf16le").toString("utf16le") : null;
}

function tryDecode(label: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null; // The decoder's way of saying "not this encoding".
    throw error;
  }
}

/** Text bytes without BOM → text, encoding, lossy. */
function decodeBody(bytes: Uint8Array): { raw: string; encoding: Encoding; lossy: boolean } {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { raw: utf8, encoding: "utf-8", lossy: false };
  // Mostly valid UTF-8 with a few broken bytes stays UTF-8 (re-reading it as GB18030 would garble all of it).
  const loose = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bad = countReplacements(loose);
  if (bad <= Math.max(1, countNonAscii(loose) * MAX_UTF8_REPLACEMENT_RATIO)) {
    return { raw: loose, encoding: "utf-8", lossy: true };
  }
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null) return { raw: gb, encoding: "gb18030", lossy: false };
  return { raw: new TextDecoder("gb18030", { ignoreBOM: true }).decode(bytes), encoding: "gb18030", lossy: true };
}

/** Normalise decoded text: LF line endings, no XML-illegal characters, NFC. */
export function normalizeText(raw: string): string {
  const lf = raw.includes("\r") || raw.includes("\u2028") || raw.includes("\u2029") ? raw.replace(NEWLINE_RE, "\n") : raw;
  return lf.replace(ILLEGAL_CHARS_RE, "").normalize("NFC");
}

/** Decode the bytes of one input; throws IngestError for binary, empty or oversized inputs. */
export function decode(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / MIB).toFixed(1);
    throw new IngestError(file, `file too large (${mb} MiB > ${MAX_INPUT_BYTES / MIB} MiB limit) — not a single article`);
  }
  let encoding: Encoding;
  let body = bytes;
  let bom = true;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [encoding, body] = ["utf-8", bytes.subarray(3)];
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, body] = ["utf-16le", bytes.subarray(2)];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, body] = ["utf-16be", bytes.subarray(2)];
  else {
    bom = false;
    encoding = sniffUtf16(bytes) ?? "utf-8";
  }
  let raw: string;
  let lossy: boolean;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    raw = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    lossy = countReplacements(raw) > 0;
  } else {
    if (!bom) assertText(file, body);
    ({ raw, encoding, lossy } = decodeBody(body));
  }
  const text = normalizeText(raw);
  if (BLANK_RE.test(text)) throw new IngestError(file, "empty file (no text) — not an article");
  return { text, encoding, lossy };
}
