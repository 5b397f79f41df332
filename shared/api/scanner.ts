import { z } from 'zod';
import { method } from './define.ts';
import { DeviceStatus } from './core.ts';
import { BAUD_RATES } from '../thermometer/config.ts';

/** A serial (COM / USB-CDC) barcode scanner: the port, its speed, and whether to open it on start. */
export const ScannerSettings = z.object({
  /** Serial device path (`/dev/ttyACM0`, `COM4`); empty: no serial scanner. */
  path: z.string().trim().max(260).default(''),
  baudRate: z.number().int().refine((b) => (BAUD_RATES as readonly number[]).includes(b), 'unsupported baud rate').default(9600),
  autoConnect: z.boolean().default(false),
});
export type ScannerSettings = z.infer<typeof ScannerSettings>;

/** One code read by the serial scanner, as text; the UI decodes it like any other scan. */
export const SerialScan = z.object({ text: z.string().max(8192), at: z.string() });
export type SerialScan = z.infer<typeof SerialScan>;

export const scannerMethods = {
  getScannerSettings: method({ role: 'staff', request: z.object({}), response: ScannerSettings }),
  /** Saves and applies: reconnects with the new settings when autoConnect is on, else closes. */
  updateScannerSettings: method({ role: 'supervisor', request: ScannerSettings, response: ScannerSettings }),
  connectScanner: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  disconnectScanner: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
};
