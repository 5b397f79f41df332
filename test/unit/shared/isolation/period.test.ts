import { describe, expect, it } from 'vitest';
import { addDays, dayOfPeriod, daysBetween, lastDayOf, localClock, minutesOfClock, pastCutOff, slotAt } from '../../../../shared/isolation/period.ts';
import { foldRegister, missingSlots, notReported, stateOn } from '../../../../shared/isolation/register.ts';
import { isolationFiguresOn } from '../../../../shared/isolation/figures.ts';
import type { StationEvent } from '../../../../shared/domain/event.ts';

describe('the isolation period', () => {
  it('runs 14 days from the arrival date, day 1 being the arrival, across month and year ends', () => {
    expect(lastDayOf('2026-01-25', 14)).toBe('2026-02-07');
    expect(lastDayOf('2026-02-20', 14)).toBe('2026-03-05'); // February of a common year
    expect(lastDayOf('2028-02-20', 14)).toBe('2028-03-04'); // and of a leap year
    expect(lastDayOf('2026-12-25', 14)).toBe('2027-01-07');
    expect(lastDayOf('2026-01-25', 14, 7)).toBe('2026-02-14');
    expect(lastDayOf('2026-03-01', 1)).toBe('2026-03-01');
    expect(dayOfPeriod('2026-01-25', '2026-01-25')).toBe(1);
    expect(dayOfPeriod('2026-01-25', '2026-02-07')).toBe(14);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads the cut-off clock and the local day of an instant across midnight', () => {
    expect(minutesOfClock('16:00')).toBe(960);
    expect(minutesOfClock('00:00')).toBe(0);
    expect(minutesOfClock('24:00')).toBeNull();
    expect(minutesOfClock('9:00')).toBeNull();
    // 2026-01-31 16:30 UTC is 00:30 on 02-01 in UTC+8.
    expect(localClock(new Date('2026-01-31T16:30:00Z'), 480)).toEqual({ date: '2026-02-01', minutes: 30 });
    expect(localClock(new Date('2026-01-31T15:59:00Z'), 480)).toEqual({ date: '2026-01-31', minutes: 23 * 60 + 59 });
  });

  it('counts a day past its cut-off from the cut-off minute on, and every earlier day too', () => {
    expect(pastCutOff('2026-01-31', { date: '2026-01-31', minutes: 959 }, 960)).toBe(false);
    expect(pastCutOff('2026-01-31', { date: '2026-01-31', minutes: 960 }, 960)).toBe(true);
    expect(pastCutOff('2026-01-31', { date: '2026-02-01', minutes: 0 }, 960)).toBe(true);
    expect(pastCutOff('2026-02-01', { date: '2026-01-31', minutes: 1439 }, 960)).toBe(false);
  });

  it('suggests the morning slot until noon', () => {
    expect(slotAt(719)).toBe('morning');
    expect(slotAt(720)).toBe('afternoon');
  });
});

let seq = 0;
const ev = (kind: string, localDate: string, payload: object, id = `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`) =>
  ({ kind, id, seq, localDate, recordedAt: `${localDate}T02:00:00Z`, staffName: '钱村医', payload }) as unknown as StationEvent;
const ARRIVAL = '00000000-0000-4000-8000-aaaaaaaaaaaa';
const arrival = (date: string, days = 14) => ev('arrival', date, { screeningId: ARRIVAL, name: '赵', idNumber: 'X', phone: '', address: '三组', arrivalDate: date, origin: '', householdContact: '', isolationDays: days }, ARRIVAL);
const reading = (date: string, slot: string, celsius: number, on = date) => ev('isolation-reading', on, { arrivalId: ARRIVAL, date, slot, celsius, note: '' });

describe('the register folded from the log', () => {
  it('is active through the last day, due for release from it, released from the release record on', () => {
    const entry = foldRegister([arrival('2026-01-25'), ev('isolation-end', '2026-02-08', { arrivalId: ARRIVAL, outcome: 'release', reason: '' })]).get(ARRIVAL)!;
    expect(stateOn(entry, '2026-01-24')).toBeNull();
    expect(stateOn(entry, '2026-01-25')).toBe('active');
    expect(stateOn(entry, '2026-02-06')).toBe('active');
    expect(stateOn(entry, '2026-02-07')).toBe('due-release');
    expect(stateOn(entry, '2026-02-08')).toBe('released');
    expect(entry.released).toEqual({ on: '2026-02-08', reason: '', early: false });
  });

  it('moves the last day by each extension, and marks a release before it early', () => {
    const entry = foldRegister([
      arrival('2026-01-25'),
      ev('isolation-end', '2026-02-05', { arrivalId: ARRIVAL, outcome: 'extend', days: 7, reason: '同住人发热' }),
      ev('isolation-end', '2026-02-10', { arrivalId: ARRIVAL, outcome: 'release', reason: '卫生院通知' }),
    ]).get(ARRIVAL)!;
    expect(entry.lastDay).toBe('2026-02-14');
    expect(entry.released?.early).toBe(true);
  });

  it('lists who has not reported only once the cut-off passed, slot by slot; a late entry fills its day', () => {
    const entries = [...foldRegister([arrival('2026-01-30'), reading('2026-01-31', 'morning', 36.4), reading('2026-01-30', 'afternoon', 36.6, '2026-01-31')]).values()];
    const entry = entries[0]!;
    expect(missingSlots(entry, '2026-01-30')).toEqual(['morning']);
    expect(entry.readings.get('2026-01-30')?.afternoon?.late).toBe(true);
    expect(notReported(entries, '2026-01-31', { date: '2026-01-31', minutes: 959 }, 960)).toEqual([]);
    expect(notReported(entries, '2026-01-31', { date: '2026-01-31', minutes: 960 }, 960).map((x) => x.slots)).toEqual([['afternoon']]);
    // Nothing is owed after the period's last day.
    expect(missingSlots(entry, '2026-02-12')).toEqual(['morning', 'afternoon']);
    expect(missingSlots(entry, '2026-02-13')).toEqual([]);
  });

  it('ignores events of an arrival it does not hold (cut by a range or a purge)', () => {
    expect(foldRegister([reading('2026-01-31', 'morning', 38)]).size).toBe(0);
  });

  it('gives the day figures: registered, under isolation at the end of the day, released, fevers', () => {
    const entries = [...foldRegister([
      arrival('2026-01-30'), reading('2026-01-31', 'morning', 37.9),
      ev('isolation-fever', '2026-01-31', { arrivalId: ARRIVAL, readingId: 'r', date: '2026-01-31', slot: 'morning', celsius: 37.9, thresholdCelsius: 37.3 }),
    ]).values()];
    expect(isolationFiguresOn(entries, '2026-01-30')).toEqual({ arrivalsRegistered: 1, underIsolation: 1, isolationReleased: 0, isolationFevers: 0 });
    expect(isolationFiguresOn(entries, '2026-01-31')).toEqual({ arrivalsRegistered: 0, underIsolation: 1, isolationReleased: 0, isolationFevers: 1 });
    expect(isolationFiguresOn(entries, '2026-01-29')).toEqual({ arrivalsRegistered: 0, underIsolation: 0, isolationReleased: 0, isolationFevers: 0 });
  });
});
