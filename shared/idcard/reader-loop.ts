import type { IdCard } from './card.ts';
import { SAM_COMMANDS, type SamCommandName } from './commands.ts';
import type { SamAnswer } from './frame.ts';
import { decodeReadAnswer } from './read-answer.ts';
import { describeStatus, SW3 } from './status.ts';

export interface ReaderLoopOptions {
  /** Between finds while no card is on the reader (real software: 100–500 ms, §7). */
  pollMs: number;
  /** How long a find, select or status may take to be answered. */
  shortTimeoutMs: number;
  /** How long the 1295-byte read may take (112 ms on the wire at 115200, 1.35 s at 9600). */
  readTimeoutMs: number;
  /**
   * The same card read again within this long of its last read is the same presentation, even
   * after finds failed: some readers answer "no card" after a read and find the card again
   * 5–10 s later while it still lies there (§7). The next person's card fills at once.
   */
  holdOffMs: number;
}

export const DEFAULT_READER_LOOP: ReaderLoopOptions = { pollMs: 300, shortTimeoutMs: 600, readTimeoutMs: 3000, holdOffMs: 10_000 };

export type ReaderLoopEvent =
  /** The security module answered its status request. */
  | { kind: 'sam'; ok: boolean; detail: string }
  /** A new presentation of a card: fill the form with it. */
  | { kind: 'card'; card: IdCard }
  /** The card still lying on the reader was read again; nothing to fill. */
  | { kind: 'same-card' }
  /** A step failed: bad status, no answer, a card that would not decode. */
  | { kind: 'fault'; command: SamCommandName; detail: string };

export interface LoopStep {
  events: ReaderLoopEvent[];
  /** The next request to write, if any. */
  send: Uint8Array | null;
}

const none: LoopStep = { events: [], send: null };

/**
 * The polling loop of shared/idcard-reader.md §7 as a pure state machine (the service feeds it
 * answers and the clock): SAM status once, then find every `pollMs`, and on a card select and
 * read. It makes one `card` event per presentation whichever way the reader treats a card left
 * on it: readers that re-find it every poll (the repeat is suppressed until a find has failed
 * or the hold-off passed), and readers that answer "no card" after a read (a failed find does
 * not count as the card being lifted and laid again, since no read follows it).
 */
export class CardReaderLoop {
  readonly #o: ReaderLoopOptions;
  #pending: { command: SamCommandName; sentAt: number } | null = null;
  #nextPollAt = 0;
  #samOk = false;
  /** The card last read, and whether a find has failed since (the card was lifted, or the reader hides it). */
  #last: { idNumber: string; at: number; findFailedSince: boolean } | null = null;

  constructor(options: Partial<ReaderLoopOptions> = {}) {
    this.#o = { ...DEFAULT_READER_LOOP, ...options };
  }

  /** The request due now, if nothing is waiting for an answer. */
  poll(now: number): Uint8Array | null {
    if (this.#pending || now < this.#nextPollAt) return null;
    return this.#send(this.#samOk ? 'findCard' : 'samStatus', now);
  }

  /** Checks the one request in flight for a missing answer. */
  tick(now: number): LoopStep {
    const p = this.#pending;
    if (!p) return none;
    const limit = p.command === 'readText' ? this.#o.readTimeoutMs : this.#o.shortTimeoutMs;
    if (now - p.sentAt < limit) return none;
    return this.#idle(now, { kind: 'fault', command: p.command, detail: `no answer in ${limit} ms` });
  }

  answer(a: SamAnswer, now: number): LoopStep {
    const p = this.#pending;
    if (!p) return { events: [{ kind: 'fault', command: 'findCard', detail: `unexpected answer, ${describeStatus(a.sw1, a.sw2, a.sw3)}` }], send: null };
    const status = describeStatus(a.sw1, a.sw2, a.sw3);
    switch (p.command) {
      case 'samStatus':
        this.#samOk = a.sw3 === SW3.ok;
        return this.#idle(now, { kind: 'sam', ok: this.#samOk, detail: status });
      case 'findCard':
        if (a.sw3 === SW3.cardFound) return { events: [], send: this.#send('selectCard', now) };
        if (this.#last) this.#last.findFailedSince = true;
        // "No card" is the normal answer between people: not a fault.
        return this.#idle(now, ...(a.sw3 === SW3.findFailed ? [] : [{ kind: 'fault' as const, command: p.command, detail: status }]));
      case 'selectCard':
        if (a.sw3 === SW3.ok) return { events: [], send: this.#send('readText', now) };
        return this.#idle(now, { kind: 'fault', command: p.command, detail: status });
      default:
        return this.#idle(now, this.#read(a, now, status));
    }
  }

  /** Forgets the request in flight (the port went away); SAM status is asked again next. */
  reset(): void {
    this.#pending = null;
    this.#samOk = false;
    this.#nextPollAt = 0;
  }

  #read(a: SamAnswer, now: number, status: string): ReaderLoopEvent {
    if (a.sw3 !== SW3.ok) {
      a.data.fill(0);
      return { kind: 'fault', command: 'readText', detail: status };
    }
    const decoded = decodeReadAnswer(a.data);
    if (!decoded.ok) return { kind: 'fault', command: 'readText', detail: decoded.error };
    const card = decoded.value;
    const last = this.#last;
    const same = last !== null && last.idNumber === card.idNumber && (!last.findFailedSince || now - last.at < this.#o.holdOffMs);
    this.#last = { idNumber: card.idNumber, at: now, findFailedSince: false };
    return same ? { kind: 'same-card' } : { kind: 'card', card };
  }

  #send(command: SamCommandName, now: number): Uint8Array {
    this.#pending = { command, sentAt: now };
    return SAM_COMMANDS[command];
  }

  #idle(now: number, ...events: ReaderLoopEvent[]): LoopStep {
    this.#pending = null;
    this.#nextPollAt = now + this.#o.pollMs;
    return { events, send: null };
  }
}
