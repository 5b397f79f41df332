import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dailyReportHtml } from '../../../../shared/report/daily-report-html.ts';
import { appendRecord } from '../../../../electron/station/handlers/core.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

/**
 * Attack 6: a day whose 日报 was exported is closed. A record that lands in it afterwards
 * (recorded late, or filed there by a clock set back) is flagged on the next 日报, so the
 * village knows the paper it holds for that day is no longer complete.
 */
let t: TempStation;
let usb: string;
let staff: string;
let supervisor: string;

/** The station's clock now reads `iso`; a new day is a new shift, so both sign in again. */
async function clockAt(iso: string) {
  vi.setSystemTime(new Date(iso));
  supervisor = (await t.station.call('signIn', { name: '王芳', pin: '246813' })).token;
  staff = (await t.station.call('signIn', { name: '李明', pin: '1357' })).token;
}
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-04-10T02:00:00Z')); // 10:00 in Asia/Shanghai
  t = await tempStation();
  ({ staff, supervisor } = t);
  usb = join(t.dir, 'usb');
  mkdirSync(usb);
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

const exportDay = (day: string) => t.station.call('exportReport', { from: day, format: 'bundle', folder: usb }, supervisor);
const lateOn = async (day: string) => (await t.station.call('dailyReport', { from: day }, supervisor)).lateForReportedDays;
const auditedLate = () => t.station.core.db.prepare("SELECT detail FROM audit WHERE action = 'record.late'").all() as { detail: string }[];

describe('a day whose 日报 was exported', () => {
  it('flags a record made after the export on the next 日报, until the day is exported again', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), staff);
    await exportDay('2026-04-10');
    expect(auditedLate()).toHaveLength(0);

    vi.setSystemTime(new Date('2026-04-10T12:00:00Z')); // 20:00, the same day, after the 日报 went out
    const late = await t.station.call('recordScreening', localPersonScreening('乙'), staff);
    expect(auditedLate().map((r) => JSON.parse(r.detail))).toEqual([{ seq: late.seq, localDate: '2026-04-10' }]);

    await clockAt('2026-04-11T02:00:00Z');
    await t.station.call('recordScreening', localPersonScreening('丙'), staff);
    expect(await lateOn('2026-04-11')).toEqual([{ date: '2026-04-10', count: 1 }]);
    expect(await lateOn('2026-04-10')).toBeUndefined(); // that day's own 日报 simply counts it

    await exportDay('2026-04-10'); // handed over again, complete
    expect(await lateOn('2026-04-11')).toBeUndefined();
  });

  it('flags a record a clock set back files into it, and prints the flag on the 日报', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), staff);
    await exportDay('2026-04-10');
    await clockAt('2026-04-03T02:00:00Z'); // the RTC battery died
    const late = await t.station.call('recordScreening', localPersonScreening('乙'), staff);
    expect(late).toMatchObject({ localDate: '2026-04-10', clockReading: '2026-04-03T02:00:00.000Z' });

    await clockAt('2026-04-11T02:00:00Z');
    const report = await t.station.call('dailyReport', { from: '2026-04-11' }, supervisor);
    expect(report.lateForReportedDays).toEqual([{ date: '2026-04-10', count: 1 }]);
    const page = dailyReportHtml([{ heading: '东村', report, sheets: [], bundleFingerprint: null, keyFingerprint: null }], '2026-04-11T02:00:00Z');
    expect(page).toContain('原日报已不完整');
    expect(page).toContain('2026-04-10：<b>1</b> 条');
  });

  it('is closed only up to today: exporting a range over days to come closes none of them', async () => {
    await exportDay('2026-04-09');
    await t.station.call('exportReport', { from: '2026-04-10', to: '2026-04-12', format: 'bundle', folder: usb }, supervisor);
    await clockAt('2026-04-11T02:00:00Z');
    await t.station.call('recordScreening', localPersonScreening('甲'), staff);
    expect(auditedLate()).toHaveLength(0);
    expect(await lateOn('2026-04-12')).toBeUndefined();
  });

  it('keeps a late record and its audit line together, or neither', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), staff);
    await exportDay('2026-04-10');
    const { db } = t.station.core;
    // The audit log refuses the late line (a full disk, a broken audit table).
    db.exec("CREATE TEMP TRIGGER refuse_late BEFORE INSERT ON audit WHEN NEW.action = 'record.late' BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
    const records = () => (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const before = records();

    // Every caller of appendRecord, not only those that wrap it in a transaction of their own.
    const onDuty = await t.station.call('whoAmI', {}, staff);
    const { screening, verdict } = localPersonScreening('乙');
    expect(() => appendRecord(t.station.core, onDuty, { kind: 'screening', payload: { screening, verdict } })).toThrow('audit refused');
    await expect(t.station.call('recordScreening', localPersonScreening('丙'), staff)).rejects.toThrow();
    expect(records()).toBe(before);

    db.exec('DROP TRIGGER refuse_late');
    const late = await t.station.call('recordScreening', localPersonScreening('丁'), staff);
    expect(late.seq).toBe(before + 1); // the refused ones left no gap in the chain
    expect(auditedLate().map((r) => JSON.parse(r.detail))).toEqual([{ seq: late.seq, localDate: '2026-04-10' }]);
  });

  it('is closed only with the audit line of the export that closed it', async () => {
    await t.station.call('recordScreening', localPersonScreening('甲'), staff);
    const { db } = t.station.core;
    db.exec("CREATE TEMP TRIGGER refuse_export_line BEFORE INSERT ON audit WHEN NEW.action = 'report.export' BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
    await expect(exportDay('2026-04-10')).rejects.toThrow();
    expect(db.prepare('SELECT local_date FROM reported_days').all()).toEqual([]);

    db.exec('DROP TRIGGER refuse_export_line');
    await exportDay('2026-04-10');
    expect(db.prepare('SELECT local_date FROM reported_days').all()).toEqual([{ local_date: '2026-04-10' }]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM audit WHERE action = 'report.export'").get()).toEqual({ n: 1 });
  });
});
