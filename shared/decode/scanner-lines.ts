/**
 * Splits the byte stream of a serial (COM / USB-CDC) barcode scanner into scans. Such
 * scanners send each code as text ending in CR, LF, CR LF or Tab (the "suffix" setting).
 * Text is UTF-8 (Chinese health-code payloads included), decoded across chunk boundaries.
 */

export interface LineSplitterOptions {
  /** Longer input without a terminator is noise (wrong baud rate, binary device): dropped. */
  maxLength?: number;
}

export interface SplitResult {
  lines: string[];
  /** Characters thrown away as overlong since the last call. */
  dropped: number;
}

const TERMINATOR = /[\r\n\t]/;

export class ScannerLineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly maxLength: number;
  private pending = '';
  private overlong = false;

  constructor(options: LineSplitterOptions = {}) {
    this.maxLength = options.maxLength ?? 8192;
  }

  push(chunk: Uint8Array): SplitResult {
    const text = this.decoder.decode(chunk, { stream: true });
    const lines: string[] = [];
    let dropped = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!TERMINATOR.test(text[i]!)) continue;
      const line = this.pending + text.slice(start, i);
      this.pending = '';
      start = i + 1;
      if (this.overlong) { dropped += line.length; this.overlong = false; continue; }
      const trimmed = line.trim();
      if (trimmed) lines.push(trimmed);
    }
    this.pending += text.slice(start);
    if (this.pending.length > this.maxLength) {
      // Keep dropping until the next terminator: the tail of a broken line is no scan either.
      dropped += this.pending.length;
      this.pending = '';
      this.overlong = true;
    }
    return { lines, dropped };
  }
}
