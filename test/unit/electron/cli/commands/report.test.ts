import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DailyReport } from '../../../../../shared/report/daily-report.ts';
import { fillReportDay } from '../../../../support/report-day.ts';
import { ReportStore } from '../../../../support/report-store.ts';
import { runCli } from '../../../../support/run-cli.ts';

let store: ReportStore;
beforeAll(async () => {
  store = new ReportStore();
  fillReportDay(store);
});
afterAll(() => store.close());

describe('station report', { timeout: 120_000 }, () => {
  it("prints the day's report as JSON, counting the amended record once", async () => {
    const r = await runCli(['report', '--db', store.dbPath, '--date', '2026-02-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = DailyReport.parse(JSON.parse(r.stdout));
    expect(report).toMatchObject({ zeroReport: false, township: '白沙镇', village: '东村', decisions: { allow: 2, turnAway: 1, refer: 1 } });
    expect(report.figures).toMatchObject({ records: 4, amended: 1, peopleEntered: 2, peopleReferred: 2, feverReferred: 1, peopleTurnedBack: 1, vehiclesTurnedBack: 1, vehiclesLeft: 0 });
  });

  it('an empty day is an explicit zero report', async () => {
    const r = await runCli(['report', '--db', store.dbPath, '--date', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ figures: { records: 0 }, zeroReport: true, from: '2026-03-01', to: '2026-03-01' });
  });

  it('reports a range', async () => {
    const r = await runCli(['report', '--db', store.dbPath, '--date', '2026-01-31', '--to', '2026-02-02']);
    const report = JSON.parse(r.stdout) as DailyReport;
    expect(report.figures.records).toBe(6);
    expect(report.days.map((d) => d.figures.records)).toEqual([1, 4, 1]);
  });

  it.each([
    [['--db', 'x.db'], '--date'],
    [['--date', '2026-02-30'], 'not a real date'],
    [['--date', '2026-02-02', '--to', '2026-02-01'], 'before it starts'],
    [['--date', '2026-02-01', '--db', '/nonexistent/x.db'], 'no database'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const r = await runCli(['report', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
