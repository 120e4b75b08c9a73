// Encoders the tests need and Node lacks: GBK (built once from Node's own GBK decoder), UTF-16 with BOM.

let gbkTable: Map<string, number[]> | null = null;

/** Character → GBK bytes, from decoding every two-byte GBK code with TextDecoder("gbk"). */
function table(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const decoder = new TextDecoder("gbk", { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch (e) {
        // An unassigned code: not a character, nothing to map.
        void e;
      }
    }
  }
  gbkTable = map;
  return map;
}

/** Encode text as GBK; throws on a character GBK does not have (the tests only use common Chinese). */
export function encodeGbk(text: string): Uint8Array {
  const t = table();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = t.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16LeWithBom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
