import { transferMethods } from '../../../shared/api/transfer.ts';
import { ApiError } from '../../../shared/api/contract.ts';
import { instantAtOrBefore } from '../../../shared/duty/local-clock.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { isUnfinished, stepAllowed } from '../../../shared/transfer/transfer-state.ts';
import type { TransferPayload } from '../../../shared/transfer/transfer.ts';
import { stationSettings } from '../../store/settings/station.ts';
import { transferSettings } from '../../store/settings/transfer.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { unacknowledgedIncidents } from '../../incident/incident-log.ts';
import { openTransfer } from '../../transfer/open-transfer.ts';
import { listedTransfers, storedTransfers, transferView } from '../../transfer/transfer-log.ts';
import { appendRecord } from './core.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** 'HH:mm' typed for a past moment, as a UTC instant on the station's clock; now when not given. */
export function pastInstant(core: StationCore, hhmm: string | undefined, now = new Date()): string {
  if (hhmm === undefined) return now.toISOString();
  const { utcOffsetMin } = localDateAndOffset(now, stationSettings.read(core.db).timezone);
  const at = instantAtOrBefore(hhmm, now, utcOffsetMin);
  if (!at) throw new ApiError('bad-request', `not a time of day: ${hhmm}`, [], 'invalid-input');
  return at.toISOString();
}

/** Fever transfer hand-offs: opened with every referral, departed, handed over (or cancelled). */
export function transferModule(core: StationCore): StationModule<keyof typeof transferMethods> {
  const { db } = core;
  const today = () => localDateAndOffset(new Date(), stationSettings.read(core.db).timezone).localDate;
  /** Appends a later step after checking, in one transaction, that the transfer is in a state that allows it. */
  const step = (ctx: Parameters<typeof requireStaff>[0], payload: Exclude<TransferPayload, { step: 'opened' }>) => db.transaction(() => {
    const transfer = storedTransfers(db).find((t) => t.id === payload.transferId);
    if (!transfer) throw new ApiError('not-found', `no transfer ${payload.transferId}`, [], 'transfer-not-found');
    if (!stepAllowed(transfer.state, payload.step)) throw new ApiError('conflict', `transfer is ${transfer.state}: cannot record ${payload.step}`, [], 'transfer-step-refused');
    appendRecord(core, requireStaff(ctx), { kind: 'transfer', payload });
    return transferView(storedTransfers(db).find((t) => t.id === payload.transferId)!);
  }).immediate();

  return {
    handlers: {
      listTransfers: () => listedTransfers(db, today()),
      openTransfer: ({ source }, ctx) => transferView(openTransfer(core, requireStaff(ctx), source)),
      departTransfer: ({ transferId, escort, means, meansNote, institution, leftAt }, ctx) =>
        step(ctx, { step: 'departed', transferId, escort, means, meansNote, institution, leftAt: pastInstant(core, leftAt) }),
      closeTransfer: ({ transferId, outcome, handedOverAt, receivedBy }, ctx) =>
        step(ctx, { step: 'closed', transferId, outcome, receivedBy, handedOverAt: outcome === 'handed-over' ? pastInstant(core, handedOverAt) : null }),
      getTransferSettings: () => transferSettings.read(db),
      updateTransferSettings: (patch, ctx) => auditedWrite(db, () => transferSettings.patch(db, patch),
        () => ({ action: 'settings.update', staffId: requireStaff(ctx).staffId, detail: { group: transferSettings.key, keys: Object.keys(patch) } })),
      openMatters: () => ({ transfers: storedTransfers(db).filter(isUnfinished).length, incidents: unacknowledgedIncidents(db).length }),
    },
  };
}
