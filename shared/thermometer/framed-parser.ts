import { ByteQueue } from './byte-queue.ts';
import { emptyCounters, type FrameParser, type ParseEvent, type ParserCounters } from './types.ts';

/** What a binary protocol tells the shared resynchronising loop. */
export interface FrameSpec {
  /**
   * The length of the frame that the bytes at the front of the queue begin, judged on as many
   * header bytes as have arrived; 0 when they cannot begin a frame.
   */
  frameLength(queue: ByteQueue): number;
  /**
   * Decode a complete candidate. `whole: true` consumes the frame (a reading, or a well-formed
   * answer that is a fault, like a Modbus exception); `whole: false` means the candidate is
   * not a frame after all (bad checksum, misaligned) and only its first byte is dropped, so a
   * real frame starting inside it is still found.
   */
  decode(frame: Uint8Array): { event: ParseEvent; whole: boolean };
}

/** The byte-stream state machine shared by the binary protocols: hunt, wait, check, emit. */
export function createFramedParser(spec: FrameSpec): FrameParser {
  const queue = new ByteQueue();
  const counters = emptyCounters();

  function push(chunk: Uint8Array): ParseEvent[] {
    const events: ParseEvent[] = [];
    counters.bytes += chunk.length;
    queue.append(chunk);
    while (queue.length > 0) {
      const length = spec.frameLength(queue);
      if (length === 0) {
        queue.consume(1);
        counters.droppedBytes++;
        continue;
      }
      if (queue.length < length) break;
      const { event, whole } = spec.decode(queue.peek(length));
      queue.consume(whole ? length : 1);
      if (!whole) counters.droppedBytes++;
      if (event.kind === 'reading') counters.frames++;
      else counters.droppedFrames++;
      events.push(event);
    }
    return events;
  }

  return { push, counters: (): ParserCounters => ({ ...counters }) };
}
