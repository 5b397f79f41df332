import { SimulatedReader, trainingCard } from '../../shared/idcard/simulated-reader.ts';
import type { OpenTransport, TransportEvents } from '../thermometer/transport.ts';

/** How long a training card lies on the virtual reader before it is lifted. */
const TRAINING_CARD_MS = 1500;

/**
 * The virtual reader for training: answers like a real SAM reader, and holds a made-up card
 * for a moment each time staff ask for one, so the whole path (frames, loop, fill) runs as
 * with the real reader.
 */
export class VirtualCardReader {
  readonly #reader = new SimulatedReader('hide');
  #next = 0;
  #lift: NodeJS.Timeout | null = null;

  presentCard(): void {
    if (this.#lift) clearTimeout(this.#lift);
    this.#reader.lay(trainingCard(this.#next++));
    this.#lift = setTimeout(() => this.#reader.lift(), TRAINING_CARD_MS);
  }

  async open(events: TransportEvents): Promise<OpenTransport> {
    let open = true;
    return {
      write: (bytes) => {
        const answer = this.#reader.answer(bytes);
        setImmediate(() => { if (open) events.data(answer); });
      },
      close: async () => {
        open = false;
      },
    };
  }
}
