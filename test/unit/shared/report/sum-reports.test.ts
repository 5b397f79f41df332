import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, type ReportOptions } from '../../../../shared/report/build-report.ts';
import { FIGURE_KEYS } from '../../../../shared/report/figures.ts';
import { sumReports } from '../../../../shared/report/sum-reports.ts';
import { BOB, person, resetSeq, screening, vehicle } from '../../../support/hand-built-events.ts';

const options = (code: string, date: string): ReportOptions => ({
  from: date, to: date, stationCode: code, stationName: `${code}站`, localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3,
});

beforeEach(resetSeq);

describe('sumReports', () => {
  it('is null for no reports and the report itself (renamed) for one', () => {
    expect(sumReports([], { stationCode: 'T', stationName: '合计' })).toBeNull();
    const one = buildReport([screening({ date: '2026-02-01', time: '08:00:00' })], options('A', '2026-02-01'));
    expect(sumReports([one], { stationCode: 'T', stationName: '合计' })).toEqual({ ...one, stationCode: 'T', stationName: '合计' });
  });

  it('adds every count, widens the range and keeps each day', () => {
    const a = buildReport([
      screening({ date: '2026-02-01', time: '08:00:00', decision: 'turn-away', reasons: ['outside-vehicle-barred'], vehicle: vehicle({ vehicleType: 'taxi', plate: '粤A1', occupantCount: 2 }) }),
      screening({ date: '2026-02-01', time: '09:00:00', person: person({ healthCode: { colour: 'green' } }) }),
    ], options('A', '2026-02-01'));
    const b = buildReport([
      screening({ date: '2026-02-02', time: '08:30:00', decision: 'turn-away', reasons: ['outside-vehicle-barred'], vehicle: vehicle({ vehicleType: 'taxi' }), staff: BOB }),
      screening({ date: '2026-02-02', time: '23:00:00', decision: 'refer', person: person({ temperature: { celsius: 38.8, source: 'device', offsetCelsius: 0 } }), staff: BOB }),
    ], options('B', '2026-02-02'));
    const total = sumReports([a, b], { stationCode: 'A+B', stationName: '合计' })!;
    expect(total).toMatchObject({
      from: '2026-02-01', to: '2026-02-02', abnormal: 3, zeroReport: false, maxCelsius: 38.8,
      decisions: { allow: 1, turnAway: 2, refer: 1 },
      turnBacks: { byReason: [{ reason: 'outside-vehicle-barred', count: 2 }] },
      figures: { records: 4, vehiclesTurnedBack: 2, peopleTurnedBack: 3, feverReferred: 1, greenCodes: 1, peopleEntered: 1 },
    });
    expect(total.turnBacks.byVehicleType.taxi).toBe(2);
    for (const key of FIGURE_KEYS) expect(total.figures[key]).toBe(a.figures[key] + b.figures[key]);
    expect(total.hourly[8]).toEqual({ hour: 8, in: 2, out: 0 });
    expect(total.days.map((d) => [d.date, d.figures.records])).toEqual([['2026-02-01', 2], ['2026-02-02', 2]]);
    expect(total.staffOnDuty.map((s) => s.name)).toEqual(['李主任（A站）', '王五（B站）']);
    // The later station first: the range and the days still run from the first day to the last.
    const reversed = sumReports([b, a], { stationCode: 'B+A', stationName: '合计' })!;
    expect([reversed.from, reversed.to]).toEqual(['2026-02-01', '2026-02-02']);
    expect(reversed.days.map((d) => d.date)).toEqual(['2026-02-01', '2026-02-02']);
  });

  it('adds two stations of one township on the same day: a fever at one means no zero report for the total', () => {
    const hot = person({ temperature: { celsius: 37.5, source: 'device', offsetCelsius: 0 } });
    const a = buildReport([screening({ date: '2026-02-01', time: '08:00:00', decision: 'refer', person: hot })],
      { ...options('A', '2026-02-01'), township: '白沙镇', village: '东村' });
    const b = buildReport([screening({ date: '2026-02-01', time: '09:00:00', person: person({ temperature: { celsius: 36.1, source: 'device', offsetCelsius: 0 } }) })],
      { ...options('B', '2026-02-01'), township: '白沙镇', village: '西村', feverThresholdCelsius: 37.2 });
    expect(b.zeroReport).toBe(true);
    const total = sumReports([a, b], { stationCode: 'A+B', stationName: '合计' })!;
    expect(total).toMatchObject({ township: '白沙镇', village: '', zeroReport: false, abnormal: 1, maxCelsius: 37.5, feverThresholdCelsius: 37.2 });
    expect(total.days).toEqual([{ date: '2026-02-01', figures: total.figures, abnormal: 1, zeroReport: false }]);
    expect(total.figures).toMatchObject({ records: 2, feverReferred: 1, peopleEntered: 1 });
    // Either order, and a station nobody measured at, gives the same highest reading.
    expect(sumReports([b, a], { stationCode: 'B+A', stationName: '合计' })!.maxCelsius).toBe(37.5);
    const unmeasured = buildReport([], options('C', '2026-02-01'));
    expect(sumReports([unmeasured, a], { stationCode: 'C+A', stationName: '合计' })!.maxCelsius).toBe(37.5);
    expect(sumReports([a, unmeasured], { stationCode: 'A+C', stationName: '合计' })!.maxCelsius).toBe(37.5);
    expect(sumReports([unmeasured, unmeasured], { stationCode: 'C+C', stationName: '合计' })!.maxCelsius).toBeNull();
  });
});
