import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { DeviceStatus } from './core.ts';
import { DEFAULT_HEALTH_CODE_FIELDS } from '../decode/health-code-fields.ts';
import { DEFAULT_BURST } from '../decode/scanner-burst.ts';
import { BAUD_RATES } from '../thermometer/config.ts';

const Keys = z.array(z.string().trim().min(1).max(40)).min(1).max(30);

/** Which payload keys carry the health code's colour, name and ID number, and the colour words. */
export const HealthCodeFields = z.object({
  colour: Keys,
  name: Keys,
  idNumber: Keys,
  colourValues: z.object({ green: Keys, yellow: Keys, red: Keys }),
});

/**
 * Scanning settings: the serial (COM / USB-CDC) scanner's port, speed and whether to open it
 * on start; the USB keyboard-scanner timing; how health-code payloads are read.
 */
export const ScannerSettings = z.object({
  /** Serial device path (`/dev/ttyACM0`, `COM4`); empty: no serial scanner. */
  path: z.string().trim().max(260).default(''),
  baudRate: z.number().int().refine((b) => (BAUD_RATES as readonly number[]).includes(b), 'unsupported baud rate').default(9600),
  autoConnect: z.boolean().default(false),
  /** Longest gap between keys of one USB-scanner burst; slow scanners (Bluetooth) need more. */
  burstMaxGapMs: z.number().int().min(10).max(300).default(DEFAULT_BURST.maxGapMs),
  burstMinLength: z.number().int().min(2).max(64).default(DEFAULT_BURST.minLength),
  healthCodeFields: HealthCodeFields.default(DEFAULT_HEALTH_CODE_FIELDS),
  /** Hosts whose links count as health codes even when they carry no readable field. */
  healthCodeHosts: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, 'a host name').max(253)).max(50).default([]),
});
export type ScannerSettings = z.infer<typeof ScannerSettings>;

/** One code read by the serial scanner, as text; the UI decodes it like any other scan. */
export const SerialScan = z.object({ text: z.string().max(8192), at: z.string() });
export type SerialScan = z.infer<typeof SerialScan>;

/** Pushed when the serial scanner read a code: which one to take, never what it says. */
export const SerialScanNotice = z.object({ id: z.string().uuid(), at: z.string() });
export type SerialScanNotice = z.infer<typeof SerialScanNotice>;

export const scannerMethods = {
  getScannerSettings: method({ role: 'staff', request: z.object({}), response: ScannerSettings }),
  /** Saves and applies: reopens the serial scanner when autoConnect is on, else closes it. */
  updateScannerSettings: method({ role: 'supervisor', request: patchOf(ScannerSettings), response: ScannerSettings }),
  connectScanner: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  disconnectScanner: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  /** The text of a pushed serial scan, once: a second take, or one after a minute, is not-found. */
  takeSerialScan: method({ role: 'staff', request: z.object({ id: z.string().uuid() }), response: SerialScan }),
};
