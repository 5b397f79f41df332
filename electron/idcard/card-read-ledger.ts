import { randomUUID } from 'node:crypto';
import type { IdCardRead } from '../../shared/api/idcard.ts';
import { ApiError } from '../../shared/api/contract.ts';
import type { IdCard } from '../../shared/idcard/card.ts';
import type { PersonScreening, Screening } from '../../shared/domain/screening.ts';

/** A read is for the person at the barrier now: after this long it can no longer be taken or recorded. */
const KEEP_MS = 10 * 60_000;
const MAX_READS = 50;

interface Entry { read: IdCardRead; addedAt: number; taken: boolean }

/**
 * The station's memory of recent card reads (memory only: card content is never written
 * anywhere but into the record it fills). A read is handed to one screen once, and a record
 * that says its data came from a card must name a read this station made, for the same ID
 * number, not used by an earlier record: the station judges provenance, not the screen.
 */
export class CardReadLedger {
  readonly #reads = new Map<string, Entry>();
  /** Reads already in a record, by when they were made; their content is dropped at once. */
  readonly #used = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  add(card: IdCard): IdCardRead {
    this.#prune();
    const read: IdCardRead = { readId: randomUUID(), at: new Date(this.now()).toISOString(), cardType: card.cardType, card };
    this.#reads.set(read.readId, { read, addedAt: this.now(), taken: false });
    return read;
  }

  take(readId: string): IdCardRead {
    this.#prune();
    const entry = this.#reads.get(readId);
    if (!entry || entry.taken) throw new ApiError('not-found', 'this card read is gone (already taken, or too old): lay the card again');
    entry.taken = true;
    return entry.read;
  }

  /** Checks every card provenance in a screening; returns the reads it claims, to mark used once it is stored. */
  check(screening: Screening): string[] {
    this.#prune();
    const people: PersonScreening[] = screening.kind === 'person' ? [screening.person] : screening.vehicle.occupants;
    const claimed: string[] = [];
    people.forEach((p, i) => {
      if (!p.idCard) return;
      const path = screening.kind === 'person' ? 'screening.person.idCard' : `screening.vehicle.occupants.${i}.idCard`;
      const entry = this.#reads.get(p.idCard.readId);
      const refuse = (why: string) => { throw new ApiError('bad-request', `card read: ${why}`, [{ path, message: why }]); };
      if (this.#used.has(p.idCard.readId) || claimed.includes(p.idCard.readId)) refuse('already used for another person');
      if (!entry || !entry.taken) refuse('not a read this station made (or too old): lay the card again');
      if (entry!.read.card.idNumber !== p.idNumber.trim().toUpperCase()) refuse('the ID number differs from the card');
      claimed.push(p.idCard.readId);
    });
    return claimed;
  }

  markUsed(readIds: string[]): void {
    for (const id of readIds) {
      const entry = this.#reads.get(id);
      if (!entry) continue;
      this.#reads.delete(id);
      this.#used.set(id, entry.addedAt);
    }
  }

  #prune(): void {
    const now = this.now();
    for (const [id, e] of this.#reads) if (now - e.addedAt > KEEP_MS) this.#reads.delete(id);
    for (const [id, at] of this.#used) if (now - at > KEEP_MS) this.#used.delete(id);
    while (this.#reads.size > MAX_READS) this.#reads.delete(this.#reads.keys().next().value!);
  }
}
