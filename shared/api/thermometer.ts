import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { DeviceProblem, DeviceStatus } from './core.ts';
import { ThermometerConfig } from '../thermometer/config.ts';

/** Stored thermometer settings: the device config plus whether the station opens it on start. */
export const ThermometerSettings = ThermometerConfig.extend({
  autoConnect: z.boolean().default(false),
});
export type ThermometerSettings = z.infer<typeof ThermometerSettings>;

export const SerialPortInfo = z.object({
  path: z.string(),
  manufacturer: z.string().default(''),
  vendorId: z.string().default(''),
  productId: z.string().default(''),
  serialNumber: z.string().default(''),
  /** The USB-serial chip when the vendor/product pair is a known one (CH340, CP2102, ...). */
  chip: z.string().default(''),
});
export type SerialPortInfo = z.infer<typeof SerialPortInfo>;

export const ParserCountersSchema = z.object({
  bytes: z.number().int(),
  frames: z.number().int(),
  droppedBytes: z.number().int(),
  droppedFrames: z.number().int(),
});

export const ThermometerDiagnostics = z.object({
  status: DeviceStatus,
  counters: ParserCountersSchema,
  /** Recent raw traffic, newest last: `rx` from the device, `tx` to it. */
  raw: z.array(z.object({ at: z.string(), dir: z.enum(['rx', 'tx']), hex: z.string() })),
  /** Recent decoded frames and faults, newest last. */
  frames: z.array(z.object({
    at: z.string(),
    kind: z.enum(['reading', 'bad-checksum', 'exception', 'timeout', 'device-error', 'unparsed']),
    celsius: z.number().nullable(),
    detail: z.string(),
    hex: z.string(),
  })),
  lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type ThermometerDiagnostics = z.infer<typeof ThermometerDiagnostics>;

export const ThermometerReading = z.object({
  /** Unique per reading for the life of the station process: what a capture names. */
  id: z.string(),
  celsius: z.number(),
  ambientCelsius: z.number().optional(),
  /** The calibration offset already added to `celsius`. */
  offsetCelsius: z.number().default(0),
  at: z.string(),
  protocol: z.string(),
});
export type ThermometerReading = z.infer<typeof ThermometerReading>;

export const ConnectionTest = z.object({
  ok: z.boolean(),
  /** The first reading, offset applied. */
  reading: ThermometerReading.nullable(),
  detail: z.string(),
  problem: DeviceProblem.optional(),
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;

export const thermometerMethods = {
  listSerialPorts: method({ role: 'staff', request: z.object({}), response: z.array(SerialPortInfo) }),
  getThermometerSettings: method({ role: 'staff', request: z.object({}), response: ThermometerSettings }),
  /** Saves and applies: the service reconnects with the new settings when autoConnect is on. */
  updateThermometerSettings: method({ role: 'supervisor', request: patchOf(ThermometerSettings), response: ThermometerSettings }),
  connectThermometer: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  disconnectThermometer: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  /** Opens the device with these (possibly unsaved) settings and waits for one reading. */
  testThermometer: method({
    role: 'supervisor',
    request: z.object({ config: ThermometerConfig, timeoutMs: z.number().int().min(200).max(10_000).default(3000) }),
    response: ConnectionTest,
  }),
  thermometerDiagnostics: method({ role: 'staff', request: z.object({}), response: ThermometerDiagnostics }),
};
