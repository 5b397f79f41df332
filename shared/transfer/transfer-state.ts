import type { StationEvent } from '../domain/event.ts';
import type { TransferMeans, TransferOutcome, TransferPayload, TransferPerson, TransferSource } from './transfer.ts';

/** Where a hand-off stands: opened (waiting for a vehicle), under way, handed over, or cancelled. */
export type TransferState = 'open' | 'departed' | TransferOutcome;

/** A transfer as it stands after its events, in the station's words. */
export interface Transfer {
  id: string;
  source: TransferSource;
  people: TransferPerson[];
  reasons: string[];
  openedAt: string;
  openedDate: string;
  openedBy: string;
  /** The station's offset from UTC when it was opened, for printing its times. */
  utcOffsetMin: number;
  state: TransferState;
  escort: string;
  means: TransferMeans | null;
  meansNote: string;
  institution: string;
  leftAt: string | null;
  handedOverAt: string | null;
  receivedBy: string;
  /** The local day the transfer was closed (handed over or cancelled), null while open. */
  closedDate: string | null;
}

/** Open and departed transfers still need someone: they stay on the station's screen. */
export const isUnfinished = (t: Pick<Transfer, 'state'>) => t.state === 'open' || t.state === 'departed';

/**
 * Folds transfer events (in seq order) into transfers, oldest first. A step naming a transfer
 * the events do not hold (one opened before a bundle's range) is skipped: the station refuses
 * such steps when writing, so only a partial range can show one.
 */
export function transfersOf(events: Iterable<StationEvent>): Transfer[] {
  const byId = new Map<string, Transfer>();
  for (const event of events) {
    if (event.kind !== 'transfer') continue;
    const p = event.payload as TransferPayload;
    if (p.step === 'opened') {
      byId.set(event.id, {
        id: event.id, source: p.source, people: p.people, reasons: p.reasons,
        openedAt: event.recordedAt, openedDate: event.localDate, openedBy: event.staffName, utcOffsetMin: event.utcOffsetMin,
        state: 'open', escort: '', means: null, meansNote: '', institution: '', leftAt: null,
        handedOverAt: null, receivedBy: '', closedDate: null,
      });
      continue;
    }
    const transfer = byId.get(p.transferId);
    if (!transfer) continue;
    if (p.step === 'departed') {
      Object.assign(transfer, { state: 'departed', escort: p.escort, means: p.means, meansNote: p.meansNote, institution: p.institution, leftAt: p.leftAt });
    } else {
      Object.assign(transfer, { state: p.outcome, handedOverAt: p.handedOverAt, receivedBy: p.receivedBy, closedDate: event.localDate });
    }
  }
  return [...byId.values()];
}

/** Which steps may follow a state: the station refuses the others (a step twice, a step after closing). */
export function stepAllowed(state: TransferState, step: Exclude<TransferPayload['step'], 'opened'>): boolean {
  if (step === 'departed') return state === 'open';
  return state === 'open' || state === 'departed';
}
