import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDateAndOffset } from '../../../../../shared/domain/local-time.ts';
import { auditEntries } from '../../../../../electron/store/audit-log.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
let today: string;
beforeEach(async () => {
  t = await tempStation();
  today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
  await t.station.call('recordScreening', localPersonScreening('甲'), t.staff);
  await t.station.call('recordScreening', localPersonScreening('乙'), t.staff);
});
afterEach(async () => { await t.close(); });

describe('report methods', () => {
  it("previews today's report for staff", async () => {
    const report = await t.station.call('dailyReport', { from: today }, t.staff);
    expect(report).toMatchObject({ from: today, to: today, figures: { records: 2, peopleEntered: 2 }, zeroReport: true, stationCode: 'GX-001' });
    expect(report.staffOnDuty.map((s) => s.name)).toContain('李明');
  });

  it('refuses a preview for a day that does not exist, naming the field', async () => {
    await expect(t.station.call('dailyReport', { from: '2026-02-30' }, t.staff)).rejects.toMatchObject({
      code: 'bad-request', reason: 'invalid-input', issues: [{ path: 'from', message: 'expected a real date as YYYY-MM-DD' }],
    });
  });

  it('shows the signing key made with the station', async () => {
    const key = await t.station.call('signingKey', {}, t.staff);
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(key.grouped.replace(/ /g, '').toLowerCase()).toBe(key.fingerprint);
  });

  it('lets only supervisors export', async () => {
    await expect(t.station.call('exportReport', { from: today, format: 'csv' }, t.staff)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(t.station.call('exportReport', { from: today, format: 'csv' })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('exports into the station folder by default and audits who did it', async () => {
    const result = await t.station.call('exportReport', { from: today, format: 'xlsx' }, t.supervisor);
    expect(result).toMatchObject({ format: 'xlsx', masked: true, folder: join(t.dir, 'exports') });
    expect(existsSync(result.files[0]!.path)).toBe(true);
    const [entry] = auditEntries(t.station.core.db, 1);
    expect(entry).toMatchObject({ action: 'report.export', detail: { by: '王芳', format: 'xlsx', masked: true, from: today, to: today } });
  });

  it('exports a full-ID bundle into a chosen folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'usb-'));
    try {
      const result = await t.station.call('exportReport', { from: today, format: 'bundle', folder, fullId: true }, t.supervisor);
      expect(result.masked).toBe(false);
      expect(result.files.map((f) => f.path.slice(folder.length + 1)).sort()).toEqual([`GX-001_${today}_bundle/events.ndjson`, `GX-001_${today}_bundle/manifest.json`]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    [{ from: '2026-02-30', format: 'csv' }, 'bad-request'],
    [{ from: '2026-02-02', to: '2026-02-01', format: 'csv' }, 'bad-request'],
    [{ from: '2026-02-01', format: 'csv', folder: 'relative/dir' }, 'bad-request'],
    [{ from: '2026-02-01', format: 'csv', folder: '/nonexistent/usb' }, 'storage'],
    [{ from: '2026-02-01', format: 'docx' }, 'bad-request'],
  ])('refuses %j with %s', async (input, code) => {
    await expect(t.station.call('exportReport', input, t.supervisor)).rejects.toMatchObject({ code });
  });

  it('a missing folder is a storage error naming it', async () => {
    await expect(t.station.call('exportReport', { from: today, format: 'csv', folder: '/nonexistent/usb' }, t.supervisor))
      .rejects.toMatchObject({
        code: 'storage', message: 'the folder /nonexistent/usb is not there (USB stick removed?): nothing was written',
        reason: 'export-folder-missing', params: { folder: '/nonexistent/usb' },
      });
  });
});
