import { describe, expect, it } from 'vitest';
import { dutySection, unionOf, type ShiftSpan } from '../../../../shared/duty/duty-hours.ts';

const CN = 480;
/** A UTC ISO time for a Beijing wall-clock time. */
const bj = (local: string) => new Date(Date.parse(`${local}:00+08:00`)).toISOString();
const shift = (name: string, department: ShiftSpan['department'], from: string, to: string | null): ShiftSpan =>
  ({ staffId: name.length, name, department, startedAt: bj(from), endedAt: to ? bj(to) : null });
const LATER = new Date(bj('2026-03-09T12:00'));

describe('duty hours (the 日报 duty lines)', () => {
  it('a night shift across midnight counts in each day for its own part only', () => {
    const night = [shift('王警官', 'police', '2026-03-01T20:00', '2026-03-02T08:00')];
    const first = dutySection(night, { from: '2026-03-01', to: '2026-03-01' }, CN, LATER);
    expect(first.byDepartment.find((d) => d.department === 'police')).toMatchObject({ staff: ['王警官'], minutes: 4 * 60 });
    expect(first.unattended).toEqual([{ from: '2026-03-01 00:00', to: '2026-03-01 20:00', minutes: 20 * 60 }]);
    const second = dutySection(night, { from: '2026-03-02', to: '2026-03-02' }, CN, LATER);
    expect(second.byDepartment.find((d) => d.department === 'police')!.minutes).toBe(8 * 60);
    expect(second.unattended).toEqual([{ from: '2026-03-02 08:00', to: '2026-03-03 00:00', minutes: 16 * 60 }]);
  });

  it('hours nobody was signed in are the gaps between everyone\'s shifts, overlaps counted once', () => {
    const day = [
      shift('李明', 'volunteer', '2026-03-01T00:00', '2026-03-01T09:00'),
      shift('张医生', 'health', '2026-03-01T08:00', '2026-03-01T12:30'),
      shift('赵主任', 'village', '2026-03-01T13:00', '2026-03-02T00:00'),
    ];
    const duty = dutySection(day, { from: '2026-03-01', to: '2026-03-01' }, CN, LATER);
    expect(duty.unattended).toEqual([{ from: '2026-03-01 12:30', to: '2026-03-01 13:00', minutes: 30 }]);
    expect(duty.unattendedMinutes).toBe(30);
    expect(duty.byDepartment.map((d) => [d.label, d.staff, d.minutes])).toEqual([
      ['村干部', ['赵主任'], 11 * 60], ['卫生', ['张医生'], 270], ['公安', [], 0], ['志愿者', ['李明'], 9 * 60],
    ]);
  });

  it('today is counted up to now: a shift still open runs until now, and the hours to come are not gaps', () => {
    const now = new Date(bj('2026-03-01T15:00'));
    const duty = dutySection([shift('李明', null, '2026-03-01T10:00', null)], { from: '2026-03-01', to: '2026-03-01' }, CN, now);
    expect(duty.byDepartment.at(-1)).toMatchObject({ department: 'unassigned', label: '未设部门', staff: ['李明'], minutes: 5 * 60 });
    expect(duty.unattended).toEqual([{ from: '2026-03-01 00:00', to: '2026-03-01 10:00', minutes: 600 }]);
  });

  it('a range of days across a month end is one stretch of time; nobody at all is the whole range', () => {
    const duty = dutySection([], { from: '2026-02-28', to: '2026-03-01' }, CN, LATER);
    expect(duty.unattended).toEqual([{ from: '2026-02-28 00:00', to: '2026-03-02 00:00', minutes: 2 * 24 * 60 }]);
    expect(duty.byDepartment.every((d) => d.staff.length === 0 && d.minutes === 0)).toBe(true);
    expect(duty.byDepartment.some((d) => d.department === 'unassigned')).toBe(false);
  });

  it('a shift ending exactly as the next begins leaves no gap; one minute between them is a gap', () => {
    const touching = [shift('甲', 'village', '2026-03-01T00:00', '2026-03-01T12:00'), shift('乙', 'village', '2026-03-01T12:00', '2026-03-02T00:00')];
    expect(dutySection(touching, { from: '2026-03-01', to: '2026-03-01' }, CN, LATER).unattendedMinutes).toBe(0);
    const apart = [shift('甲', 'village', '2026-03-01T00:00', '2026-03-01T11:59'), shift('乙', 'village', '2026-03-01T12:00', '2026-03-02T00:00')];
    expect(dutySection(apart, { from: '2026-03-01', to: '2026-03-01' }, CN, LATER).unattended).toEqual([{ from: '2026-03-01 11:59', to: '2026-03-01 12:00', minutes: 1 }]);
  });

  it('unionOf merges overlapping and touching intervals and drops empty ones', () => {
    expect(unionOf([[5, 9], [1, 3], [3, 4], [8, 12], [20, 20]])).toEqual([[1, 4], [5, 12]]);
  });
});
