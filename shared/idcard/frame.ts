import { ByteQueue } from '../thermometer/byte-queue.ts';

/**
 * SAM frames (GA/T 467 serial interface, see shared/idcard-reader.md §1), both directions:
 * `AA AA AA 96 69 | LH LL | body | CHK`, the length big-endian and counting body + CHK, the
 * checksum the XOR of the length bytes and the body.
 */
export const SAM_PREAMBLE = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);
const HEADER = SAM_PREAMBLE.length + 2;
/** The largest answer any reader sends: `30 10` with two fingerprints (2321 bytes). */
export const SAM_MAX_FRAME = 2321;
/** SW1 SW2 SW3 + CHK: the shortest answer. */
const MIN_RESPONSE_LENGTH = 4;

function xor(bytes: Uint8Array, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= bytes[i]!;
  return x;
}

/** Preamble, length and checksum around `body`. */
export function samFrame(body: Uint8Array): Uint8Array {
  const length = body.length + 1;
  const frame = new Uint8Array(HEADER + length);
  frame.set(SAM_PREAMBLE, 0);
  frame[5] = length >> 8;
  frame[6] = length & 0xff;
  frame.set(body, HEADER);
  frame[frame.length - 1] = xor(frame, 5, frame.length - 1);
  return frame;
}

/** A request: command, parameter, optional data (`20 01` → `AA AA AA 96 69 00 03 20 01 22`). */
export function samCommand(cmd: number, para: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  return samFrame(Uint8Array.of(cmd, para, ...data));
}

/** An answer: status words then data (what a reader, or the test double, sends). */
export function samResponse(sw3: number, data: Uint8Array = new Uint8Array(0), sw1 = 0, sw2 = 0): Uint8Array {
  const body = new Uint8Array(3 + data.length);
  body.set([sw1, sw2, sw3], 0);
  body.set(data, 3);
  return samFrame(body);
}

/** One answer that passed its length and checksum checks. `data` excludes status and CHK. */
export interface SamAnswer {
  kind: 'answer';
  sw1: number;
  sw2: number;
  sw3: number;
  data: Uint8Array;
  /** The whole frame's size, for diagnostics; the frame's bytes themselves are not kept. */
  size: number;
}

export interface SamFault {
  kind: 'fault';
  fault: 'bad-checksum' | 'bad-length';
  detail: string;
}

export type SamEvent = SamAnswer | SamFault;

export interface SamCounters {
  bytes: number;
  frames: number;
  droppedBytes: number;
  droppedFrames: number;
}

function preambleAt(queue: ByteQueue): number {
  // How many of the preamble's bytes the front of the queue matches (all five, or fewer when the rest is not here yet).
  const n = Math.min(queue.length, SAM_PREAMBLE.length);
  for (let i = 0; i < n; i++) if (queue.at(i) !== SAM_PREAMBLE[i]) return -1;
  return n;
}

/**
 * The reader's byte stream to answers. Chunks of any size (a 1295-byte answer arrives in many
 * reads); noise and false preambles are skipped; a frame with a bad checksum or an impossible
 * length is reported and only its first byte dropped, so a real frame that began inside it is
 * still found. Never throws.
 */
export class SamParser {
  readonly #queue = new ByteQueue();
  readonly #counters: SamCounters = { bytes: 0, frames: 0, droppedBytes: 0, droppedFrames: 0 };

  push(chunk: Uint8Array): SamEvent[] {
    const events: SamEvent[] = [];
    const q = this.#queue;
    this.#counters.bytes += chunk.length;
    q.append(chunk);
    while (q.length > 0) {
      const matched = preambleAt(q);
      if (matched < 0) { this.#drop(); continue; }
      if (matched < SAM_PREAMBLE.length || q.length < HEADER) break;
      const length = (q.at(5) << 8) | q.at(6);
      if (length < MIN_RESPONSE_LENGTH || HEADER + length > SAM_MAX_FRAME) {
        events.push({ kind: 'fault', fault: 'bad-length', detail: `length ${length} is not a SAM answer` });
        this.#counters.droppedFrames++;
        this.#drop();
        continue;
      }
      if (q.length < HEADER + length) break;
      const frame = q.peek(HEADER + length);
      if (xor(frame, 5, frame.length) !== 0) {
        events.push({ kind: 'fault', fault: 'bad-checksum', detail: `bad checksum on a ${frame.length}-byte frame` });
        this.#counters.droppedFrames++;
        frame.fill(0);
        this.#drop();
        continue;
      }
      q.consume(frame.length);
      this.#counters.frames++;
      events.push({ kind: 'answer', sw1: frame[7]!, sw2: frame[8]!, sw3: frame[9]!, data: frame.slice(10, frame.length - 1), size: frame.length });
      // The copy above is all that leaves; the peeked frame (photo bytes included) is wiped.
      frame.fill(0);
    }
    return events;
  }

  /** Forget a half-received frame (after a timeout, before the next command). */
  reset(): void {
    this.#queue.consume(this.#queue.length);
  }

  counters(): SamCounters {
    return { ...this.#counters };
  }

  #drop(): void {
    this.#queue.consume(1);
    this.#counters.droppedBytes++;
  }
}
