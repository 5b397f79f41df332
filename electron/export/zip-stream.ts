import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

interface Entry { name: Buffer; crc: number; compressed: number; size: number; offset: number }

/** DOS date and time of 1980-01-01 00:00: entries carry no real time (the file's own mtime does). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;

/** A little-endian record: each field as [value, bytes (2 or 4)], laid out in order. */
function record(fields: [number, 2 | 4][]): Buffer {
  const buf = Buffer.alloc(fields.reduce((n, [, bytes]) => n + bytes, 0));
  let at = 0;
  for (const [value, bytes] of fields) at = bytes === 2 ? buf.writeUInt16LE(value, at) : buf.writeUInt32LE(value >>> 0, at);
  return buf;
}

/** Version needed, flags, method (8: deflate), time, date: the same in both headers. */
const COMMON: [number, 2 | 4][] = [[20, 2], [FLAGS, 2], [8, 2], [DOS_TIME, 2], [DOS_DATE, 2]];

/**
 * A ZIP file written in one pass (the container of an XLSX): each entry is deflated as its
 * text is produced and never held whole, its CRC and sizes written after it. Entries and the
 * whole file stay under 4 GiB (no ZIP64), far beyond a day's export.
 */
export class ZipStream {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  /** The first write error (a full disk, a pulled stick): every later step fails with it. */
  private failure: Error | null = null;

  constructor(path: string) {
    this.out = createWriteStream(path, { flags: 'wx' });
    this.out.on('error', (err) => { this.failure ??= err; });
  }

  private async write(chunk: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.offset += chunk.length;
    // `once` rejects if the stream fails while we wait for it to drain.
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Adds one entry from its text, produced piece by piece. */
  async add(name: string, pieces: Iterable<string>): Promise<void> {
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset };
    // CRC and sizes are zero here: they follow the data (flag bit 3).
    const header = record([[0x04034b50, 4], ...COMMON, [0, 4], [0, 4], [0, 4], [entry.name.length, 2], [0, 2]]);
    await this.write(Buffer.concat([header, entry.name]));

    // Level 1: the XML of a day's sheets is very repetitive, so the fastest level already
    // shrinks it about tenfold, at a fraction of the default level's time.
    const deflate = createDeflateRaw({ level: 1 });
    const compressed: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
    const flush = async () => {
      for (const chunk of compressed.splice(0)) {
        entry.compressed += chunk.length;
        await this.write(chunk);
      }
    };
    let batch: string[] = [];
    let batchLength = 0;
    const feed = async () => {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      batch = [];
      batchLength = 0;
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
      await flush();
    };
    for (const piece of pieces) {
      batch.push(piece);
      batchLength += piece.length;
      // Batches of ~256 KiB: few enough calls into zlib, little enough held at once.
      if (batchLength > 1 << 18) await feed();
    }
    await feed();
    deflate.end();
    await once(deflate, 'end');
    await flush();

    await this.write(record([[0x08074b50, 4], [entry.crc, 4], [entry.compressed, 4], [entry.size, 4]]));
    this.entries.push(entry);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      // Made by, the common fields, CRC, sizes, name length, extra/comment/disk/attributes, offset.
      const header = record([[0x02014b50, 4], [20, 2], ...COMMON, [e.crc, 4], [e.compressed, 4], [e.size, 4],
        [e.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [e.offset, 4]]);
      await this.write(Buffer.concat([header, e.name]));
    }
    const n = this.entries.length;
    await this.write(record([[0x06054b50, 4], [0, 2], [0, 2], [n, 2], [n, 2], [this.offset - start, 4], [start, 4], [0, 2]]));
    this.out.end();
    // Settles with the stream's error too, even one that came before this wait began.
    await finished(this.out);
  }

  /** Closes the file after a failure (the caller's atomic write removes it). */
  destroy(): void {
    this.out.destroy();
  }
}
