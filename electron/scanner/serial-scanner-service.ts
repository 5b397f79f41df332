import type { DeviceStatus } from '../../shared/api/core.ts';
import type { ScannerSettings, SerialScan } from '../../shared/api/scanner.ts';
import { ScannerLineSplitter } from '../../shared/decode/scanner-lines.ts';
import { ReconnectSupervisor, type RetryTiming } from '../serial/reconnect-supervisor.ts';
import { openSerialTransport } from '../thermometer/serial-transport.ts';

export const SCANNER_DEVICE = 'scanner';

type PortSettings = Pick<ScannerSettings, 'path' | 'baudRate'>;

export interface SerialScannerOptions extends RetryTiming {
  onScan(scan: SerialScan): void;
  onStatus(status: DeviceStatus): void;
}

/**
 * A serial (COM / USB-CDC) barcode scanner on the thermometer's serial transport and the
 * shared reconnect supervisor: each line it sends is one scan. Decoding is left to the UI,
 * which decodes every input path the same way.
 */
export class SerialScannerService {
  readonly #o: SerialScannerOptions;
  readonly #port: ReconnectSupervisor<PortSettings>;
  #splitter = new ScannerLineSplitter();

  constructor(options: SerialScannerOptions) {
    this.#o = options;
    this.#port = new ReconnectSupervisor<PortSettings>({
      device: SCANNER_DEVICE,
      open: openSerialTransport,
      describe: (s) => s.path,
      // A scanner only talks: nothing to send, nothing to stop.
      onOpen: () => () => undefined,
      onData: (chunk) => {
        for (const text of this.#splitter.push(chunk).lines) this.#o.onScan({ text, at: new Date().toISOString() });
      },
      onStatus: this.#o.onStatus,
      firstRetryMs: options.firstRetryMs,
      maxRetryMs: options.maxRetryMs,
    });
  }

  status(): DeviceStatus {
    return this.#port.status();
  }

  async connect(settings: PortSettings): Promise<void> {
    if (!settings.path) {
      await this.#port.stop('no serial port chosen', 'no-port');
      return;
    }
    await this.#port.start(settings, () => {
      this.#splitter = new ScannerLineSplitter();
      return true;
    });
  }

  async disconnect(): Promise<void> {
    await this.#port.stop();
  }
}
