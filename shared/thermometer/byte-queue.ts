/**
 * A growable FIFO of bytes for the frame parsers: append chunks, look at bytes by index,
 * consume from the front. Avoids re-allocating on every byte so a parser can keep up with a
 * fast stream (see the parser throughput benchmark).
 */
export class ByteQueue {
  private buf = new Uint8Array(256);
  private start = 0;
  private end = 0;

  get length(): number {
    return this.end - this.start;
  }

  append(chunk: Uint8Array): void {
    if (this.end + chunk.length > this.buf.length) this.makeRoom(chunk.length);
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** Byte at offset `i` from the front; caller keeps `i < length`. */
  at(i: number): number {
    return this.buf[this.start + i]!;
  }

  /** A copy of the first `n` bytes. */
  peek(n: number): Uint8Array {
    return this.buf.slice(this.start, this.start + n);
  }

  consume(n: number): void {
    this.start += Math.min(n, this.length);
    if (this.start === this.end) this.start = this.end = 0;
  }

  private makeRoom(extra: number): void {
    const live = this.length;
    const needed = live + extra;
    const target = needed > this.buf.length ? new Uint8Array(Math.max(needed, this.buf.length * 2)) : this.buf;
    if (target === this.buf) this.buf.copyWithin(0, this.start, this.end);
    else target.set(this.buf.subarray(this.start, this.end));
    this.buf = target;
    this.start = 0;
    this.end = live;
  }
}
