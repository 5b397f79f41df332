import { z } from 'zod';
import type { StationEvent } from '../domain/event.ts';
import { maskIdNumber } from '../privacy/mask.ts';
import { transfersOf, type Transfer, type TransferState } from '../transfer/transfer-state.ts';
import type { TransferMeans } from '../transfer/transfer.ts';
import type { DayFigures } from './figures.ts';
import { reasonZh } from './labels-zh.ts';
import { localDateTime } from './records.ts';

export const TRANSFER_STATE_ZH: Record<TransferState, string> = { open: '待转运', departed: '转运中', 'handed-over': '已交接', cancelled: '已取消' };
export const TRANSFER_MEANS_ZH: Record<TransferMeans, string> = { 'ambulance-120': '120救护车', 'village-vehicle': '村专用车辆', other: '其他' };

/** One transfer as the 日报 lists it, in station time, ID numbers masked unless asked for in full. */
export const TransferLine = z.object({
  openedAt: z.string(),
  people: z.string(),
  reasons: z.string(),
  state: z.enum(['open', 'departed', 'handed-over', 'cancelled']),
  escort: z.string(),
  means: z.string(),
  institution: z.string(),
  leftAt: z.string(),
  handedOverAt: z.string(),
  receivedBy: z.string(),
});
export type TransferLine = z.infer<typeof TransferLine>;

/**
 * The transfers a report of local dates `from`..`to` lists: every transfer opened in the
 * range, and every one opened earlier that was not closed before the range began; each in its
 * state at the end of the range (steps recorded after it do not change a past day's report).
 * `events` are the station's transfer events up to the end of the range (or a bundle's).
 */
export function transfersForReport(events: Iterable<StationEvent>, from: string, to: string): Transfer[] {
  const upToEnd = [...events].filter((e) => e.kind === 'transfer' && e.localDate <= to);
  return transfersOf(upToEnd).filter((t) => (t.openedDate >= from) || t.closedDate === null || t.closedDate >= from);
}

export function transferLine(t: Transfer, mask: boolean): TransferLine {
  const at = (iso: string | null) => (iso ? localDateTime({ recordedAt: iso, utcOffsetMin: t.utcOffsetMin }) : '');
  return {
    openedAt: at(t.openedAt),
    people: t.people.map((p) => [p.name, mask ? maskIdNumber(p.idNumber) : p.idNumber].filter(Boolean).join(' ')).join('；'),
    reasons: t.reasons.map(reasonZh).join('、'),
    state: t.state,
    escort: t.escort,
    means: t.means ? (t.meansNote ? `${TRANSFER_MEANS_ZH[t.means]}（${t.meansNote}）` : TRANSFER_MEANS_ZH[t.means]) : '',
    institution: t.institution,
    leftAt: at(t.leftAt),
    handedOverAt: at(t.handedOverAt),
    receivedBy: t.receivedBy,
  };
}

/**
 * Adds the transfer figures of each day: `transfersOpened` (opened that day) and
 * `transfersHandedOver` (handed over to the institution that day); see FIGURE_DEFINITIONS.
 */
export function countTransfers(days: Map<string, { figures: DayFigures }>, transfers: readonly Transfer[]): void {
  for (const t of transfers) {
    const opened = days.get(t.openedDate);
    if (opened) opened.figures.transfersOpened += 1;
    const closed = t.closedDate && t.state === 'handed-over' ? days.get(t.closedDate) : undefined;
    if (closed) closed.figures.transfersHandedOver += 1;
  }
}
