import { createFramedParser } from './framed-parser.ts';
import { toHex, type FrameParser, type ParseEvent } from './types.ts';

/**
 * GY-MCU90614 / GY-906 UART module (9600 8N1, ~14 frames/s once started).
 * Frame: `5A 5A 45 04 TOh TOl TAh TAl SUM`, object and ambient as int16 big-endian / 100 °C,
 * SUM = low byte of the sum of bytes 0–7. Commands are `A5 cmd sum`.
 */
const GY_FRAME_LENGTH = 9;
const HEADER = 0x5a;
const TYPE_TEMPERATURE = 0x45;
const DATA_LENGTH = 0x04;
/**
 * The MLX90614's measuring ranges (datasheet). An 8-bit sum lets about one misaligned frame in
 * 256 pass, e.g. a truncated frame running into the next header (ambient 0x4504 = 176.68 °C);
 * values the sensor cannot produce expose those.
 */
const OBJECT_RANGE = [-70, 382.2] as const;
const AMBIENT_RANGE = [-40, 125] as const;

function gyCommand(cmd: number): Uint8Array {
  return Uint8Array.of(0xa5, cmd & 0xff, (0xa5 + cmd) & 0xff);
}

/** `A5 45 EA`: switch the module to continuous output. Sent by the service on every open. */
export const GY_START_CONTINUOUS = gyCommand(0x45);
/** `A5 15 BA`: ask for one frame. */
export const GY_QUERY_ONCE = gyCommand(0x15);

function sum8(bytes: ArrayLike<number>, count: number): number {
  let s = 0;
  for (let i = 0; i < count; i++) s += bytes[i]!;
  return s & 0xff;
}

function toInt16(hi: number, lo: number): number {
  const v = (hi << 8) | lo;
  return v >= 0x8000 ? v - 0x10000 : v;
}

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

function toUint16(centi: number): [number, number] {
  const v = Math.round(centi) & 0xffff;
  return [v >> 8, v & 0xff];
}

/** Encode a frame, e.g. for the virtual thermometer and the fake devices in tests. */
export function encodeGyFrame(celsius: number, ambientCelsius: number): Uint8Array {
  const clamp = (c: number) => Math.max(-32768, Math.min(32767, Math.round(c * 100)));
  const frame = new Uint8Array(GY_FRAME_LENGTH);
  frame.set([HEADER, HEADER, TYPE_TEMPERATURE, DATA_LENGTH, ...toUint16(clamp(celsius)), ...toUint16(clamp(ambientCelsius))]);
  frame[8] = sum8(frame, 8);
  return frame;
}

export function gyChecksumOk(frame: Uint8Array): boolean {
  return frame.length === GY_FRAME_LENGTH && sum8(frame, 8) === frame[8];
}

const HEADER_BYTES = [HEADER, HEADER, TYPE_TEMPERATURE, DATA_LENGTH];

function decodeGyFrame(frame: Uint8Array): { event: ParseEvent; whole: boolean } {
  if (!gyChecksumOk(frame)) {
    const expected = sum8(frame, 8).toString(16).toUpperCase().padStart(2, '0');
    return { event: { kind: 'fault', fault: 'bad-checksum', detail: `GY frame checksum ${toHex(frame.subarray(8))} expected ${expected}`, frame }, whole: false };
  }
  const celsius = toInt16(frame[4]!, frame[5]!) / 100;
  const ambientCelsius = toInt16(frame[6]!, frame[7]!) / 100;
  if (!within(celsius, OBJECT_RANGE) || !within(ambientCelsius, AMBIENT_RANGE)) {
    return { event: { kind: 'fault', fault: 'unparsed', detail: `GY frame ${celsius}/${ambientCelsius} °C is outside the sensor's range: misaligned`, frame }, whole: false };
  }
  return { event: { kind: 'reading', celsius, ambientCelsius, frame }, whole: true };
}

export function createGyParser(): FrameParser {
  return createFramedParser({
    // Whether the bytes at the front agree with as much of `5A 5A 45 04` as has arrived.
    frameLength(queue) {
      const n = Math.min(queue.length, HEADER_BYTES.length);
      for (let i = 0; i < n; i++) if (queue.at(i) !== HEADER_BYTES[i]) return 0;
      return GY_FRAME_LENGTH;
    },
    decode: decodeGyFrame,
  });
}
