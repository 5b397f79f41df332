/**
 * What every thermometer frame parser produces. Parsers are byte-stream state machines: they
 * take chunks of any size, keep partial frames between calls, never throw, and tell what they
 * threw away so the diagnostics screen can show a noisy line for what it is.
 */

/** A value that passed the protocol's own integrity check (checksum, CRC, line syntax). */
export interface FrameReading {
  kind: 'reading';
  celsius: number;
  /** Only protocols that report the sensor's own temperature (GY-MCU90614) set this. */
  ambientCelsius?: number;
  /** The bytes the value was decoded from, for the diagnostics hex view. */
  frame: Uint8Array;
}

export type FaultCode =
  /** Checksum or CRC did not match: the frame is dropped. */
  | 'bad-checksum'
  /** Modbus exception response (function | 0x80). */
  | 'exception'
  /** A polled device did not answer in time. */
  | 'timeout'
  /** The device reported an error itself (ASCII `Err.1` lines). */
  | 'device-error'
  /** A complete line or frame that holds no value we can read. */
  | 'unparsed';

export interface FrameFault {
  kind: 'fault';
  fault: FaultCode;
  detail: string;
  frame?: Uint8Array;
}

export type ParseEvent = FrameReading | FrameFault;

export interface ParserCounters {
  /** Bytes fed in. */
  bytes: number;
  /** Frames that yielded a reading. */
  frames: number;
  /** Bytes skipped while hunting for a frame start (noise, false headers). */
  droppedBytes: number;
  /** Frames or lines that were complete but rejected (bad checksum, exception, error line). */
  droppedFrames: number;
}

export interface FrameParser {
  push(chunk: Uint8Array): ParseEvent[];
  counters(): ParserCounters;
}

export function emptyCounters(): ParserCounters {
  return { bytes: 0, frames: 0, droppedBytes: 0, droppedFrames: 0 };
}

/** Tagged result for constructors that validate their options. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    out += (i ? ' ' : '') + bytes[i]!.toString(16).padStart(2, '0').toUpperCase();
  }
  return out;
}
