import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { TransferSettings } from '../transfer/settings.ts';
import { TransferMeans, TransferOutcome, TransferPerson, TransferSource, TransferSourceKind } from '../transfer/transfer.ts';

/** 'HH:mm' on the station's clock, for something that already happened (the station picks the day). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

/** A transfer as a screen shows it: ID numbers masked. */
export const TransferView = z.object({
  id: z.string(),
  source: z.object({ kind: TransferSourceKind, eventId: z.string() }),
  people: z.array(TransferPerson),
  reasons: z.array(z.string()),
  openedAt: z.string(),
  openedBy: z.string(),
  state: z.enum(['open', 'departed', 'handed-over', 'cancelled']),
  escort: z.string(),
  means: TransferMeans.nullable(),
  meansNote: z.string(),
  institution: z.string(),
  leftAt: z.string().nullable(),
  handedOverAt: z.string().nullable(),
  receivedBy: z.string(),
});
export type TransferView = z.infer<typeof TransferView>;

const TransferId = z.object({ transferId: z.string().uuid() });

/**
 * Fever transfer hand-offs (转运交接). The station opens one with every referral; any other
 * source (a fever in home-isolation follow-up) opens one with `openTransfer`. Staff record the
 * departure and the hand-over; a transfer stays listed until it is closed.
 */
export const transferMethods = {
  /** Unfinished transfers, then those closed today (newest first). */
  listTransfers: method({ role: 'staff', request: z.object({}), response: z.array(TransferView) }),
  /** Opens the transfer of a source record; the same source twice gives back the one already open. */
  openTransfer: method({ role: 'staff', request: z.object({ source: TransferSource }), response: TransferView }),
  departTransfer: method({
    role: 'staff',
    request: TransferId.extend({
      escort: z.string().trim().min(1).max(80),
      means: TransferMeans,
      meansNote: z.string().trim().max(80).default(''),
      institution: z.string().trim().min(1).max(80),
      /** When it left; now when left out. */
      leftAt: ClockTime.optional(),
    }),
    response: TransferView,
  }),
  closeTransfer: method({
    role: 'staff',
    request: TransferId.extend({
      outcome: TransferOutcome,
      /** When it was handed over; now when left out (ignored for a cancellation). */
      handedOverAt: ClockTime.optional(),
      receivedBy: z.string().trim().min(1).max(80),
    }),
    response: TransferView,
  }),
  getTransferSettings: method({ role: 'staff', request: z.object({}), response: TransferSettings }),
  updateTransferSettings: method({ role: 'supervisor', request: patchOf(TransferSettings), response: TransferSettings }),
  /** What still needs someone, for the status bar: unfinished transfers, unacknowledged reports. */
  openMatters: method({ role: 'staff', request: z.object({}), response: z.object({ transfers: z.number().int(), incidents: z.number().int() }) }),
};
