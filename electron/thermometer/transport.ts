import type { ThermometerConfig } from '../../shared/thermometer/config.ts';

/**
 * The seam between the thermometer service and a byte pipe. A real serial port and the
 * virtual thermometer are both transports, so "no hardware" is a normal path, not a branch.
 */
export interface TransportEvents {
  data(chunk: Uint8Array): void;
  /** The pipe went away by itself (cable pulled, device reset, I/O error). Not called after `close`. */
  lost(reason: string): void;
}

export interface OpenTransport {
  write(bytes: Uint8Array): void;
  close(): Promise<void>;
}

/** A serial line: 8N1 at this speed on this device path. */
export interface SerialLine {
  path: string;
  baudRate: number;
}

/** Opens a transport for a config; rejects with a readable Error when it cannot. */
export type OpenTransportFn = (config: ThermometerConfig, events: TransportEvents) => Promise<OpenTransport>;
