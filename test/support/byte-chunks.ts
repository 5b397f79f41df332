/** Helpers to feed byte-stream parsers the way a serial port does: in arbitrary pieces. */
export function concatBytes(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(Array.from(p), at);
    at += p.length;
  }
  return out;
}

/** Split `bytes` at the given cut points (any numbers; taken modulo the length, sorted, unique). */
export function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.abs(c) % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) chunks.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  return chunks;
}

export function byteByByte(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (b) => Uint8Array.of(b));
}

export function hex(text: string): Uint8Array {
  return Uint8Array.from(text.trim().split(/\s+/).filter(Boolean), (h) => parseInt(h, 16));
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Feed all chunks and collect every event. */
export function feed<E>(parser: { push(chunk: Uint8Array): E[] }, chunks: Uint8Array[]): E[] {
  return chunks.flatMap((c) => parser.push(c));
}
