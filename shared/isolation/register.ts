import type { IsolationEvent, StationEvent } from '../domain/event.ts';
import type { ArrivalPayload, ReadingSlot, ResponsibleRole } from './payloads.ts';
import { dayOfPeriod, lastDayOf, pastCutOff } from './period.ts';

/** A follow-up reading as the register keeps it: the latest entry for its day and slot wins. */
export interface SlotReading { readingId: string; celsius: number; fever: boolean; by: string; at: string; late: boolean }

/** One person on the register, folded from their arrival and every later isolation event. */
export interface IsolationEntry {
  arrivalId: string;
  /** The local day the arrival was registered. */
  registeredOn: string;
  arrival: ArrivalPayload;
  extensions: { days: number; reason: string; on: string }[];
  /** The last day under isolation, extensions included. */
  lastDay: string;
  released: { on: string; reason: string; early: boolean } | null;
  /** date → slot → reading. */
  readings: Map<string, Partial<Record<ReadingSlot, SlotReading>>>;
  fevers: { date: string; slot: ReadingSlot; celsius: number; eventId: string }[];
  /** The 包村干部 or 村医 answering for the follow-up: the latest assignment, null before any. */
  responsible: { name: string; role: ResponsibleRole; on: string; by: string } | null;
}

export type IsolationState = 'active' | 'due-release' | 'released';

/**
 * Folds isolation events (in seq order) into the register. Events of other kinds are skipped,
 * and an event naming an arrival not among them (cut by a range or a purge) is ignored: the
 * register is what the given log shows, rebuilt the same way from the store or a bundle.
 */
export function foldRegister(events: Iterable<StationEvent>): Map<string, IsolationEntry> {
  const entries = new Map<string, IsolationEntry>();
  for (const e of events as Iterable<StationEvent | IsolationEvent>) {
    if (e.kind === 'arrival') {
      const a = e.payload;
      entries.set(e.id, {
        arrivalId: e.id, registeredOn: e.localDate, arrival: a, extensions: [], lastDay: lastDayOf(a.arrivalDate, a.isolationDays),
        released: null, readings: new Map(), fevers: [], responsible: null,
      });
      continue;
    }
    if (e.kind !== 'isolation-reading' && e.kind !== 'isolation-fever' && e.kind !== 'isolation-end' && e.kind !== 'isolation-responsible') continue;
    const entry = entries.get(e.payload.arrivalId);
    if (!entry) continue;
    if (e.kind === 'isolation-responsible') {
      entry.responsible = { name: e.payload.name, role: e.payload.role, on: e.localDate, by: e.staffName };
    } else if (e.kind === 'isolation-reading') {
      const p = e.payload;
      const day = entry.readings.get(p.date) ?? {};
      day[p.slot] = { readingId: e.id, celsius: p.celsius, fever: false, by: e.staffName, at: e.recordedAt, late: e.localDate > p.date };
      entry.readings.set(p.date, day);
    } else if (e.kind === 'isolation-fever') {
      const p = e.payload;
      entry.fevers.push({ date: p.date, slot: p.slot, celsius: p.celsius, eventId: e.id });
      const reading = entry.readings.get(p.date)?.[p.slot];
      if (reading?.readingId === p.readingId) reading.fever = true;
    } else if (e.payload.outcome === 'extend') {
      entry.extensions.push({ days: e.payload.days, reason: e.payload.reason, on: e.localDate });
      entry.lastDay = lastDayOf(entry.arrival.arrivalDate, entry.arrival.isolationDays, entry.extensions.reduce((n, x) => n + x.days, 0));
    } else {
      entry.released = { on: e.localDate, reason: e.payload.reason, early: e.localDate < entry.lastDay };
    }
  }
  return entries;
}

/**
 * Where a person stands on `date`: released from the day of the release record on; from the
 * period's last day on without one, due for release (still followed up until released).
 * Null before the arrival date.
 */
export function stateOn(entry: IsolationEntry, date: string): IsolationState | null {
  if (date < entry.arrival.arrivalDate) return null;
  if (entry.released && entry.released.on <= date) return 'released';
  return date >= entry.lastDay ? 'due-release' : 'active';
}

/** Under isolation on `date`: arrived and not yet released (due-release still counts). */
export function underIsolationOn(entry: IsolationEntry, date: string): boolean {
  const state = stateOn(entry, date);
  return state === 'active' || state === 'due-release';
}

/** The slots of `date` with no reading: the reports still owed for that day. */
export function missingSlots(entry: IsolationEntry, date: string): ReadingSlot[] {
  if (!underIsolationOn(entry, date) || date > entry.lastDay) return [];
  const day = entry.readings.get(date) ?? {};
  return (['morning', 'afternoon'] as const).filter((slot) => !day[slot]);
}

/**
 * Who has not reported for `date` once its cut-off has passed at local `now` (before it, the
 * list is empty: the day is still open). Past days are always past their cut-off.
 */
export function notReported(
  entries: Iterable<IsolationEntry>, date: string, now: { date: string; minutes: number }, cutOffMinutes: number,
): { entry: IsolationEntry; slots: ReadingSlot[] }[] {
  if (!pastCutOff(date, now, cutOffMinutes)) return [];
  return [...entries].map((entry) => ({ entry, slots: missingSlots(entry, date) })).filter((x) => x.slots.length > 0);
}

/** Day n of the period on `date` (1 on arrival), for the lists. */
export const periodDay = (entry: IsolationEntry, date: string) => dayOfPeriod(entry.arrival.arrivalDate, date);

/** Whether the person may be released on `date` without a reason: the period's last day reached. */
export const periodComplete = (entry: IsolationEntry, date: string) => date >= entry.lastDay;
