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
  });
});
