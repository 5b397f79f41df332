import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

interface Entry { name: Buffer; crc: number; compressed: number; size: number; offset: number }

/** MS-DOS time and date of `at`, as ZIP headers carry them. */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

/**
 * A ZIP archive written front to back (entries deflated, sizes in data descriptors), for the
 * XLSX writer: a 100,000-row sheet is compressed in 1 MiB pieces as it is produced, each
 * piece's compression running off the main thread while the next is built.
 */
export class ZipFile {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp = dosTime(new Date());

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<ZipFile> {
    return new ZipFile(await open(path, 'wx'));
  }

  private async write(data: Buffer): Promise<void> {
    let done = 0;
    while (done < data.length) done += (await this.file.write(data, done, data.length - done)).bytesWritten;
    this.offset += data.length;
  }

  /** Adds one deflated file whose text comes in pieces (any size; they are gathered to 1 MiB). */
  async add(name: string, pieces: Iterable<string>): Promise<void> {
    const entry: Entry = { name: Buffer.from(name), crc: 0, compressed: 0, size: 0, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // sizes follow in a data descriptor; UTF-8 names
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(entry.name.length, 26);
    await this.write(Buffer.concat([header, entry.name]));
    // Each piece ends with a sync flush (a block boundary); the last one closes the stream.
    // Level 1: sheet XML is very repetitive, so the fastest level still shrinks it about tenfold.
    const pack = (raw: Buffer, last: boolean) => deflate(raw, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    let pending: Promise<Buffer> | null = null;
    const flush = async (text: string, last: boolean) => {
      const raw = Buffer.from(text);
      entry.crc = crc32(raw, entry.crc);
      entry.size += raw.length;
      const previous = pending;
      pending = pack(raw, last);
      if (previous) await this.writeCompressed(entry, await previous);
    };
    let text = '';
    for (const piece of pieces) {
      text += piece;
      if (text.length >= 1 << 20) {
        await flush(text, false);
        text = '';
      }
    }
    await flush(text, true);
    await this.writeCompressed(entry, await pending!);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await this.write(descriptor);
    this.entries.push(entry);
  }

  private async writeCompressed(entry: Entry, data: Buffer): Promise<void> {
    entry.compressed += data.length;
    await this.write(data);
  }

  /** Writes the central directory and closes the file (the file is closed on failure too). */
  async close(): Promise<void> {
    try {
      const start = this.offset;
      for (const e of this.entries) {
        const h = Buffer.alloc(46);
        h.writeUInt32LE(0x02014b50, 0);
        h.writeUInt16LE(20, 4);
        h.writeUInt16LE(20, 6);
        h.writeUInt16LE(0x0808, 8);
        h.writeUInt16LE(8, 10);
        h.writeUInt16LE(this.stamp.time, 12);
        h.writeUInt16LE(this.stamp.date, 14);
        h.writeUInt32LE(e.crc, 16);
        h.writeUInt32LE(e.compressed, 20);
        h.writeUInt32LE(e.size, 24);
        h.writeUInt16LE(e.name.length, 28);
        h.writeUInt32LE(e.offset, 42);
        await this.write(Buffer.concat([h, e.name]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(this.entries.length, 8);
      end.writeUInt16LE(this.entries.length, 10);
      end.writeUInt32LE(this.offset - start, 12);
      end.writeUInt32LE(start, 16);
      await this.write(end);
    } finally {
      await this.file.close();
    }
  }

  /** Closes the file after a failed write; the caller removes it. */
  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }
}
