import { z } from 'zod';
import { ASCII_DEFAULTS } from './ascii.ts';
import { backtrackingRisk } from './regex-risk.ts';
import { MODBUS_DEFAULTS } from './modbus.ts';
import { VIRTUAL_DEFAULTS } from './virtual.ts';

/** The thermometer settings as stored and as edited on the settings screen. */
export const ProtocolName = z.enum(['gy-mcu90614', 'modbus', 'ascii', 'virtual']);
export type ProtocolName = z.infer<typeof ProtocolName>;

/** Baud rates the supported devices use; anything else is almost certainly a typo. */
export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

export const ModbusConfig = z.object({
  slave: z.number().int().min(1).max(247).default(MODBUS_DEFAULTS.slave),
  fn: z.union([z.literal(3), z.literal(4)]).default(MODBUS_DEFAULTS.fn),
  register: z.number().int().min(0).max(0xffff).default(MODBUS_DEFAULTS.register),
  scale: z.number().refine((v) => Number.isFinite(v) && v !== 0, 'scale must be non-zero').default(MODBUS_DEFAULTS.scale),
  intervalMs: z.number().int().min(20).max(60_000).default(MODBUS_DEFAULTS.intervalMs),
  timeoutMs: z.number().int().min(10).max(60_000).default(MODBUS_DEFAULTS.timeoutMs),
});

/** A supervisor's pattern: refused when saved if it could backtrack for ever on a line. */
const LinePattern = z.string().min(1).max(300).superRefine((source, ctx) => {
  const risk = backtrackingRisk(source);
  if (risk) ctx.addIssue({ code: 'custom', message: `this pattern could hang the station: ${risk}` });
});

export const AsciiConfig = z.object({
  pattern: LinePattern.default(ASCII_DEFAULTS.pattern),
  defaultUnit: z.enum(['C', 'F']).default(ASCII_DEFAULTS.defaultUnit),
  errorPattern: LinePattern.default(ASCII_DEFAULTS.errorPattern),
});

export const VirtualConfig = z.object({
  seed: z.number().int().min(0).max(0xffffffff).default(VIRTUAL_DEFAULTS.seed),
  feverRate: z.number().min(0).max(1).default(VIRTUAL_DEFAULTS.feverRate),
});

export const ThermometerConfig = z.object({
  protocol: ProtocolName.default('gy-mcu90614'),
  /** Serial device path (`/dev/ttyUSB0`, `COM3`); empty until chosen. Unused by `virtual`. */
  path: z.string().trim().max(260).default(''),
  baudRate: z.number().int().refine((b) => (BAUD_RATES as readonly number[]).includes(b), 'unsupported baud rate').default(9600),
  /** Added to every reading of this device (IR thermometers often read low or high). */
  offsetCelsius: z.number().min(-5).max(5).default(0),
  modbus: ModbusConfig.prefault({}),
  ascii: AsciiConfig.prefault({}),
  virtual: VirtualConfig.prefault({}),
});
export type ThermometerConfig = z.infer<typeof ThermometerConfig>;
export type ThermometerConfigInput = z.input<typeof ThermometerConfig>;
