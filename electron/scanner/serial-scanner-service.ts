import type { DeviceState, DeviceStatus } from '../../shared/api/core.ts';
import type { ScannerSettings, SerialScan } from '../../shared/api/scanner.ts';
import { ScannerLineSplitter } from '../../shared/decode/scanner-lines.ts';
import { ThermometerConfig } from '../../shared/thermometer/config.ts';
import { openSerialTransport } from '../thermometer/serial-transport.ts';
import type { OpenTransport } from '../thermometer/transport.ts';

export const SCANNER_DEVICE = 'scanner';

export interface SerialScannerOptions {
  onScan(scan: SerialScan): void;
  onStatus(status: DeviceStatus): void;
  /** Wait before reopening a port that failed or went away. */
  retryMs?: number;
}

/**
 * A serial (COM / USB-CDC) barcode scanner on the thermometer's serial transport: each line
 * it sends is one scan. Reopens the port when it goes away (unplugged, reset) until told to
 * disconnect. Decoding is left to the UI, which decodes every input path the same way.
 */
export class SerialScannerService {
  readonly #o: Required<SerialScannerOptions>;
  #status: DeviceStatus = { device: SCANNER_DEVICE, state: 'disconnected', detail: '', at: new Date().toISOString() };
  /** Bumped on every connect/disconnect so callbacks of an older port are ignored. */
  #session = 0;
  #transport: OpenTransport | null = null;
  #retry: NodeJS.Timeout | null = null;

  constructor(options: SerialScannerOptions) {
    this.#o = { retryMs: 1000, ...options };
  }

  status(): DeviceStatus {
    return { ...this.#status };
  }

  async connect(settings: Pick<ScannerSettings, 'path' | 'baudRate'>): Promise<void> {
    const session = ++this.#session;
    await this.#stop();
    if (session !== this.#session) return;
    if (!settings.path) {
      this.#set('disconnected', 'no serial port chosen');
      return;
    }
    await this.#open(session, settings);
  }

  async disconnect(): Promise<void> {
    ++this.#session;
    await this.#stop();
    this.#set('disconnected', '');
  }

  async #open(session: number, settings: Pick<ScannerSettings, 'path' | 'baudRate'>): Promise<void> {
    this.#set('connecting', settings.path);
    const splitter = new ScannerLineSplitter();
    const current = () => session === this.#session;
    try {
      const transport = await openSerialTransport(ThermometerConfig.parse({ path: settings.path, baudRate: settings.baudRate }), {
        data: (chunk) => {
          if (!current()) return;
          for (const text of splitter.push(chunk).lines) this.#o.onScan({ text, at: new Date().toISOString() });
        },
        lost: (reason) => {
          if (!current()) return;
          this.#transport = null;
          this.#set('error', reason);
          this.#retryLater(session, settings);
        },
      });
      if (!current()) { await transport.close(); return; }
      this.#transport = transport;
      this.#set('connected', settings.path);
    } catch (err) {
      if (!current()) return;
      this.#set('error', err instanceof Error ? err.message : String(err));
      this.#retryLater(session, settings);
    }
  }

  #retryLater(session: number, settings: Pick<ScannerSettings, 'path' | 'baudRate'>): void {
    this.#retry = setTimeout(() => { if (session === this.#session) void this.#open(session, settings); }, this.#o.retryMs);
  }

  async #stop(): Promise<void> {
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    const transport = this.#transport;
    this.#transport = null;
    await transport?.close();
  }

  #set(state: DeviceState, detail: string): void {
    this.#status = { device: SCANNER_DEVICE, state, detail, at: new Date().toISOString() };
    this.#o.onStatus(this.status());
  }
}
