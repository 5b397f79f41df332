import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, datesInRange, type ReportOptions } from '../../../../shared/report/build-report.ts';
import { DailyReport } from '../../../../shared/report/daily-report.ts';
import { ALICE, BOB, amendment, person, resetSeq, screening, vehicle } from '../../../support/hand-built-events.ts';

const options: ReportOptions = {
  from: '2026-02-01', to: '2026-02-01', stationCode: 'GX-001', stationName: '东村卡点',
  localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3,
};
const day = '2026-02-01';

beforeEach(resetSeq);

describe('buildReport', () => {
  it('an empty day still yields a full zero report', () => {
    const report = buildReport([], options);
    expect(DailyReport.parse(report)).toEqual(report);
    expect(report.figures.records).toBe(0);
    expect(Object.values(report.figures).every((n) => n === 0)).toBe(true);
    expect(report.zeroReport).toBe(true);
    expect(report.hourly).toHaveLength(24);
    expect(report.hourly.every((h) => h.in === 0 && h.out === 0)).toBe(true);
    expect(report.days).toEqual([{ date: day, figures: report.figures, abnormal: 0, zeroReport: true }]);
    expect(report.staffOnDuty).toEqual([]);
    expect([report.township, report.village]).toEqual(['', '']);
  });

  it('lists staff who held a shift even without records', () => {
    const report = buildReport([], { ...options, staffOnShift: [{ staffId: 2, name: '王五' }] });
    expect(report.staffOnDuty).toEqual([{ staffId: 2, name: '王五', records: 0, firstAt: '', lastAt: '' }]);
  });

  it('counts people let in and let out, a vehicle standing for its head count', () => {
    const events = [
      screening({ date: day, time: '08:00:00', person: person() }),
      screening({ date: day, time: '08:10:00', vehicle: vehicle({ occupantCount: 3 }) }),
      screening({ date: day, time: '09:00:00', direction: 'out', vehicle: vehicle({ occupantCount: 2 }) }),
      screening({ date: day, time: '09:30:00', direction: 'out', person: person() }),
      screening({ date: day, time: '09:40:00', direction: 'out', person: person() }),
    ];
    const report = buildReport(events, options);
    expect(report.figures).toMatchObject({ records: 5, peopleEntered: 4, vehiclesEntered: 1, peopleLeft: 4, vehiclesLeft: 1 });
    expect(report.hourly[8]).toEqual({ hour: 8, in: 2, out: 0 });
    expect(report.hourly[9]).toEqual({ hour: 9, in: 0, out: 3 });
    expect(report.zeroReport).toBe(true);
  });

  it.each([
    { name: 'a turn-back', spec: { decision: 'turn-away' as const, reasons: ['no-reason'] } },
    { name: 'a fever referral', spec: { decision: 'refer' as const, person: person({ temperature: { celsius: 38.1, source: 'device', offsetCelsius: 0 } }) } },
    { name: 'a fever reading let through', spec: { person: person({ temperature: { celsius: 37.3, source: 'manual', offsetCelsius: 0 } }) } },
    { name: 'a red code', spec: { person: person({ healthCode: { colour: 'red' } }) } },
    { name: 'a yellow code', spec: { person: person({ healthCode: { colour: 'yellow' } }) } },
  ])('$name is abnormal: no zero report', ({ spec }) => {
    const report = buildReport([screening({ date: day, time: '10:00:00', ...spec })], options);
    expect(report.abnormal).toBe(1);
    expect(report.zeroReport).toBe(false);
    expect(report.days[0]?.zeroReport).toBe(false);
  });

  it.each([
    { name: 'a normal reading', p: person({ temperature: { celsius: 37.2, source: 'device', offsetCelsius: 0 } }) },
    { name: 'a green code', p: person({ healthCode: { colour: 'green' } }) },
    { name: 'no code shown', p: person({ healthCode: { colour: 'none' } }) },
  ])('$name keeps the zero report', ({ p }) => {
    expect(buildReport([screening({ date: day, time: '10:00:00', person: p })], options).zeroReport).toBe(true);
  });

  it('counts turn-backs by vehicle type and reason, most frequent first', () => {
    const events = [
      screening({ date: day, time: '10:00:00', decision: 'turn-away', reasons: ['outside', 'no-reason'], vehicle: vehicle({ vehicleType: 'taxi' }) }),
      screening({ date: day, time: '10:05:00', decision: 'turn-away', reasons: ['outside'], vehicle: vehicle({ vehicleType: 'freight' }) }),
      screening({ date: day, time: '10:06:00', decision: 'turn-away', reasons: ['outside'], vehicle: vehicle({ vehicleType: 'taxi' }) }),
      screening({ date: day, time: '10:07:00', decision: 'turn-away', person: person() }),
    ];
    const { turnBacks, decisions, figures } = buildReport(events, options);
    expect(decisions).toEqual({ allow: 0, turnAway: 4, refer: 0 });
    expect(figures).toMatchObject({ pedestriansTurnedBack: 1, vehiclesTurnedBack: 3, peopleTurnedBack: 4, peopleEntered: 0, vehiclesEntered: 0 });
    expect(turnBacks.byVehicleType.taxi).toBe(2);
    expect(turnBacks.byVehicleType.freight).toBe(1);
    expect(turnBacks.byVehicleType.coach).toBe(0);
    expect(turnBacks.byReason).toEqual([
      { reason: 'outside', count: 3 },
      { reason: 'no-reason', count: 1 },
      { reason: 'unspecified', count: 1 },
    ]);
  });

  it('lists turn-back reasons most frequent first, then by name, whatever order they came in', () => {
    const turned = (time: string, reasons: string[]) => screening({ date: day, time, decision: 'turn-away', reasons, person: person() });
    const { turnBacks } = buildReport([turned('08:00:00', ['d']), turned('08:01:00', ['c']), turned('08:02:00', ['b']), turned('08:03:00', ['b'])], options);
    expect(turnBacks.byReason).toEqual([{ reason: 'b', count: 2 }, { reason: 'c', count: 1 }, { reason: 'd', count: 1 }]);
  });

  it('lists staff by id with their first and last record, even when the clock went back', () => {
    const events = [
      screening({ date: day, time: '09:00:00', staff: BOB }),
      screening({ date: day, time: '10:00:00', staff: ALICE }),
      screening({ date: day, time: '08:00:00', staff: BOB }),
      screening({ date: day, time: '11:00:00', staff: BOB }),
      screening({ date: day, time: '10:30:00', staff: BOB }),
    ];
    expect(buildReport(events, options).staffOnDuty).toEqual([
      { staffId: 1, name: '李主任', records: 1, firstAt: `${day} 10:00:00`, lastAt: `${day} 10:00:00` },
      { staffId: 2, name: '王五', records: 4, firstAt: `${day} 08:00:00`, lastAt: `${day} 11:00:00` },
    ]);
  });

  it('names the highest temperature measured, whatever was decided', () => {
    const hot = (celsius: number) => person({ temperature: { celsius, source: 'device', offsetCelsius: 0 } });
    const events = [
      screening({ date: day, time: '11:00:00', decision: 'refer', person: hot(38.4) }),
      screening({ date: day, time: '11:30:00', vehicle: vehicle({ occupantCount: 2, occupants: [hot(38.9), hot(36.5)] }) }),
    ];
    expect(buildReport(events, options).maxCelsius).toBe(38.9);
    expect(buildReport([screening({ date: day, time: '11:00:00' })], options).maxCelsius).toBeNull();
  });

  it('counts an amended record once, in its latest version, even when amended on a later day', () => {
    const original = screening({ date: day, time: '14:00:00', decision: 'turn-away', reasons: ['outside'], vehicle: vehicle({ vehicleType: 'taxi' }) });
    const first = amendment(original, { decision: 'turn-away', reasons: ['outside'], vehicle: vehicle({ vehicleType: 'coach' }) }, { date: day, time: '15:00:00' });
    const second = amendment(first, { decision: 'allow', vehicle: vehicle({ vehicleType: 'coach' }) }, { date: '2026-02-02', time: '09:00:00' });
    const report = buildReport([original, first, second], options);
    expect(report.figures.records).toBe(1);
    expect(report.figures.amended).toBe(1);
    expect(report.figures).toMatchObject({ vehiclesEntered: 1, vehiclesTurnedBack: 0 });
    expect(report.decisions).toEqual({ allow: 1, turnAway: 0, refer: 0 });
    expect(report.zeroReport).toBe(true);
    expect(report.hourly[14]?.in).toBe(1);
  });

  it('keeps records near midnight in their own local day and hour', () => {
    const events = [
      screening({ date: '2026-01-31', time: '23:59:59' }),
      screening({ date: day, time: '00:00:00', decision: 'turn-away' }),
      screening({ date: day, time: '23:59:59', direction: 'out' }),
      screening({ date: '2026-02-02', time: '00:00:01' }),
    ];
    const report = buildReport(events, options);
    expect(report.figures.records).toBe(2);
    expect(report.hourly[0]).toEqual({ hour: 0, in: 1, out: 0 });
    expect(report.hourly[23]).toEqual({ hour: 23, in: 0, out: 1 });
    expect(events[1]?.recordedAt).toBe('2026-01-31T16:00:00.000Z');
  });

  it('reports a range day by day and names the staff on duty', () => {
    const events = [
      screening({ date: '2026-02-01', time: '08:00:00', staff: ALICE }),
      screening({ date: '2026-02-03', time: '07:00:00', staff: BOB, decision: 'refer' }),
      screening({ date: '2026-02-03', time: '18:00:00', staff: BOB }),
    ];
    const report = buildReport(events, { ...options, to: '2026-02-03' });
    expect(report.days.map((d) => [d.date, d.figures.records, d.zeroReport])).toEqual([
      ['2026-02-01', 1, true], ['2026-02-02', 0, true], ['2026-02-03', 2, false],
    ]);
    expect(report.staffOnDuty).toEqual([
      { staffId: 1, name: '李主任', records: 1, firstAt: '2026-02-01 08:00:00', lastAt: '2026-02-01 08:00:00' },
      { staffId: 2, name: '王五', records: 2, firstAt: '2026-02-03 07:00:00', lastAt: '2026-02-03 18:00:00' },
    ]);
  });
});

describe('datesInRange', () => {
  it.each([
    ['2026-02-27', '2026-03-01', ['2026-02-27', '2026-02-28', '2026-03-01']],
    ['2024-02-28', '2024-03-01', ['2024-02-28', '2024-02-29', '2024-03-01']],
    ['2026-03-02', '2026-03-01', []],
  ])('%s..%s', (from, to, dates) => {
    expect(datesInRange(from, to)).toEqual(dates);
  });
});
