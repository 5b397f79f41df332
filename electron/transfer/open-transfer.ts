import type { StaffOnDuty } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';
import type { TransferSource } from '../../shared/transfer/transfer.ts';
import type { Transfer } from '../../shared/transfer/transfer-state.ts';
import { appendRecord } from '../station/handlers/core.ts';
import { stationSettings } from '../store/settings/station.ts';
import type { StationCore } from '../station/module.ts';
import { TRANSFER_SOURCES } from './sources.ts';
import { storedTransfers } from './transfer-log.ts';

/**
 * Opens the transfer of a source record, once: a second call for the same source returns the
 * transfer already opened. The person and reasons come from the stored record, never from the
 * caller, so a transfer always names who the record names.
 */
export function openTransfer(core: StationCore, staff: StaffOnDuty, source: TransferSource): Transfer {
  return core.db.transaction(() => {
    const existing = storedTransfers(core.db).find((t) => t.source.eventId === source.eventId);
    if (existing) return existing;
    const facts = TRANSFER_SOURCES[source.kind](core.db, source.eventId, stationSettings.read(core.db).feverThresholdCelsius);
    if (!facts) throw new ApiError('not-found', `no ${source.kind} record ${source.eventId} to transfer from`, [], 'transfer-source-not-found');
    const event = appendRecord(core, staff, { kind: 'transfer', payload: { step: 'opened', source, ...facts } });
    return storedTransfers(core.db).find((t) => t.id === event.id)!;
  }).immediate();
}

/** The hand-off every referral opens (called in the referral's own transaction). */
export function openReferralTransfer(core: StationCore, staff: StaffOnDuty, screeningId: string): Transfer {
  return openTransfer(core, staff, { kind: 'referral', eventId: screeningId });
}
