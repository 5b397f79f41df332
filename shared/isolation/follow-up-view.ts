import type { FollowUpDay, IsolationRow } from '../api/isolation.ts';
import { maskIdNumber } from '../privacy/mask.ts';
import { pastCutOff } from './period.ts';
import { missingSlots, notReported, periodDay, stateOn, type IsolationEntry } from './register.ts';

/** One register entry as the follow-up list shows it on `date` (null: not under follow-up that day). */
export function isolationRow(entry: IsolationEntry, date: string): IsolationRow | null {
  const state = stateOn(entry, date);
  if (!state) return null;
  const day = entry.readings.get(date) ?? {};
  const reading = (slot: 'morning' | 'afternoon') => {
    const r = day[slot];
    return r ? { celsius: r.celsius, fever: r.fever, by: r.by, late: r.late } : null;
  };
  const a = entry.arrival;
  return {
    arrivalId: entry.arrivalId, name: a.name, idNumberMasked: maskIdNumber(a.idNumber), phone: a.phone, address: a.address,
    origin: a.origin, householdContact: a.householdContact, arrivalDate: a.arrivalDate, registeredOn: entry.registeredOn,
    lastDay: entry.lastDay, day: periodDay(entry, date), state, morning: reading('morning'), afternoon: reading('afternoon'),
    missing: missingSlots(entry, date), fevers: entry.fevers.length, extensions: entry.extensions, released: entry.released,
    responsible: entry.responsible && { name: entry.responsible.name, role: entry.responsible.role },
  };
}

/**
 * The follow-up list of `date`: everyone under isolation that day, plus those released on it
 * (the day's release is part of its report); a person released before drops off the list.
 * Sorted by village address then name, the order a village doctor walks.
 */
export function followUpDay(
  entries: readonly IsolationEntry[],
  at: { date: string; today: string; nowMinutes: number; cutOff: string; cutOffMinutes: number; feverThresholdCelsius: number; address?: string },
): FollowUpDay {
  const inGroup = entries.filter((e) => !at.address || e.arrival.address.startsWith(at.address));
  const rows = inGroup
    .map((e) => isolationRow(e, at.date))
    .filter((r): r is IsolationRow => r !== null && (r.state !== 'released' || r.released?.on === at.date))
    .sort((x, y) => x.address.localeCompare(y.address, 'zh-CN') || x.name.localeCompare(y.name, 'zh-CN'));
  const now = { date: at.today, minutes: at.nowMinutes };
  const missing = notReported(inGroup, at.date, now, at.cutOffMinutes);
  return {
    date: at.date, today: at.today, cutOff: at.cutOff, pastCutOff: pastCutOff(at.date, now, at.cutOffMinutes),
    feverThresholdCelsius: at.feverThresholdCelsius, rows,
    notReported: missing.map(({ entry, slots }) => ({ arrivalId: entry.arrivalId, name: entry.arrival.name, slots })),
  };
}
