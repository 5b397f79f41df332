import { crcOk, withCrc } from './crc16-modbus.ts';
import { createFramedParser } from './framed-parser.ts';
import { toHex, type FrameParser, type ParseEvent, type ParserCounters } from './types.ts';

/**
 * Modbus RTU polling master for IR sensors that hold the temperature in one register
 * (signed int16, tenths of °C on most devices). One request in flight at a time; a response
 * that does not come within the timeout, or an exception response, is reported as a fault and
 * never read as a value.
 */
export type ModbusFunction = 3 | 4;

export interface ModbusOptions {
  slave: number;
  fn: ModbusFunction;
  register: number;
  /** Multiplier from the raw int16 to °C. */
  scale: number;
  intervalMs: number;
  timeoutMs: number;
}

export const MODBUS_DEFAULTS: ModbusOptions = { slave: 1, fn: 3, register: 0x12, scale: 0.1, intervalMs: 250, timeoutMs: 200 };

/** Register maps from the vendors' Modbus documentation. */
export const MODBUS_PRESETS = {
  'calex-pyrousb': { fn: 3, register: 0x12, scale: 0.1 },
  'omega-os-miniusb': { fn: 3, register: 0x0e, scale: 0.1 },
} as const satisfies Record<string, Pick<ModbusOptions, 'fn' | 'register' | 'scale'>>;
export type ModbusPreset = keyof typeof MODBUS_PRESETS;

const EXCEPTIONS: Record<number, string> = {
  1: 'illegal function',
  2: 'illegal data address',
  3: 'illegal data value',
  4: 'slave device failure',
  5: 'acknowledge',
  6: 'slave device busy',
  11: 'gateway target failed to respond',
};

/** Read `quantity` registers: `slave fn regHi regLo qtyHi qtyLo crcLo crcHi`. */
export function buildReadRequest(slave: number, fn: ModbusFunction, register: number, quantity = 1): Uint8Array {
  return withCrc([slave, fn, register >> 8, register & 0xff, quantity >> 8, quantity & 0xff]);
}

/** A one-register response, e.g. for the fake Modbus device in tests. */
export function buildReadResponse(slave: number, fn: ModbusFunction, raw: number): Uint8Array {
  const v = raw & 0xffff;
  return withCrc([slave, fn, 2, v >> 8, v & 0xff]);
}

export function buildExceptionResponse(slave: number, fn: ModbusFunction, code: number): Uint8Array {
  return withCrc([slave, fn | 0x80, code]);
}

const READ_RESPONSE_LENGTH = 7;
const EXCEPTION_LENGTH = 5;

/** Parses the responses to one-register reads from one slave and function. */
export function createModbusResponseParser(o: Pick<ModbusOptions, 'slave' | 'fn' | 'scale'>): FrameParser {
  function decode(frame: Uint8Array): { event: ParseEvent; whole: boolean } {
    if (!crcOk(frame)) return { event: { kind: 'fault', fault: 'bad-checksum', detail: `Modbus CRC mismatch in ${toHex(frame)}`, frame }, whole: false };
    if (frame.length === EXCEPTION_LENGTH) {
      const code = frame[2]!;
      return { event: { kind: 'fault', fault: 'exception', detail: `Modbus exception ${code} (${EXCEPTIONS[code] ?? 'unknown'})`, frame }, whole: true };
    }
    const raw = (frame[3]! << 8) | frame[4]!;
    const signed = raw >= 0x8000 ? raw - 0x10000 : raw;
    // Round away binary noise of the scale (369 * 0.1 = 36.900000000000006).
    return { event: { kind: 'reading', celsius: Math.round(signed * o.scale * 1e6) / 1e6, frame }, whole: true };
  }

  return createFramedParser({
    frameLength(queue) {
      if (queue.at(0) !== o.slave) return 0;
      if (queue.length < 2) return READ_RESPONSE_LENGTH;
      const fn = queue.at(1);
      if (fn === (o.fn | 0x80)) return EXCEPTION_LENGTH;
      if (fn !== o.fn) return 0;
      if (queue.length >= 3 && queue.at(2) !== 2) return 0;
      return READ_RESPONSE_LENGTH;
    },
    decode,
  });
}

export interface ModbusMaster {
  readonly options: ModbusOptions;
  /** The request to write now, or null while one is in flight or the interval has not passed. */
  poll(nowMs: number): Uint8Array | null;
  push(chunk: Uint8Array): ParseEvent[];
  /** Reports a timeout when the request in flight has gone unanswered too long. */
  tick(nowMs: number): ParseEvent[];
  counters(): ParserCounters;
}

export function createModbusMaster(options: ModbusOptions): ModbusMaster {
  const parser = createModbusResponseParser(options);
  const request = buildReadRequest(options.slave, options.fn, options.register);
  let sentAt: number | null = null;
  let nextPollAt = -Infinity;
  let timeouts = 0;

  return {
    options,
    poll(nowMs) {
      if (sentAt !== null || nowMs < nextPollAt) return null;
      sentAt = nowMs;
      nextPollAt = nowMs + options.intervalMs;
      return request;
    },
    push(chunk) {
      const events = parser.push(chunk);
      if (events.some((e) => e.kind === 'reading' || e.fault === 'exception')) sentAt = null;
      return events;
    },
    tick(nowMs) {
      if (sentAt === null || nowMs - sentAt < options.timeoutMs) return [];
      const waited = nowMs - sentAt;
      sentAt = null;
      timeouts++;
      return [{ kind: 'fault', fault: 'timeout', detail: `no answer from slave ${options.slave} within ${waited} ms` }];
    },
    counters: () => {
      const c = parser.counters();
      return { ...c, droppedFrames: c.droppedFrames + timeouts };
    },
  };
}
