import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDateAndOffset } from '../../../../shared/domain/local-time.ts';
import { auditEntries } from '../../../../electron/store/audit-log.ts';
import { listCheckpoints } from '../../../../electron/store/checkpoints.ts';
import { createStation, type Station } from '../../../../electron/station/station.ts';
import { checkedAnswers } from '../../../support/checked-answers.ts';
import { localPersonScreening, STATION_SETTINGS_FOR_TESTS } from '../../../support/temp-station.ts';

/**
 * The station's read worker dies (here: a heap cap far too small for any read, as a huge
 * range could outgrow a real one): the supervisor is told clearly, nothing is exported or
 * signed, and the barrier goes on recording.
 */
describe('a read worker that dies', () => {
  let dir: string;
  let usb: string;
  let station: Station;
  let supervisor: string;
  let today: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'read-worker-dies-'));
    usb = mkdtempSync(join(tmpdir(), 'usb-'));
    station = checkedAnswers(createStation({ dbPath: join(dir, 'station.db'), readWorkerHeapMb: 1 }));
    supervisor = (await station.call('setup', { settings: STATION_SETTINGS_FOR_TESTS, supervisor: { name: '王芳', pin: '246813' } })).token;
    await station.call('recordScreening', localPersonScreening('甲'), supervisor);
    today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
  });
  afterEach(async () => {
    await station.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(usb, { recursive: true, force: true });
  });

  it.each(['bundle', 'pdf', 'xlsx'] as const)('fails a %s export clearly: nothing on the stick, nothing signed or audited, the station still records', async (format) => {
    const checkpoints = listCheckpoints(station.core.db).length;
    await expect(station.call('exportReport', { from: today, format, folder: usb }, supervisor)).rejects.toMatchObject({
      code: 'storage', reason: 'export-failed', message: expect.stringMatching(/^the station's read worker stopped \(.+\) during chain-check: nothing was written$/),
    });
    expect(readdirSync(usb)).toEqual([]);
    expect(listCheckpoints(station.core.db)).toHaveLength(checkpoints);
    expect(auditEntries(station.core.db, 10).map((e) => e.action)).not.toContain('report.export');
    // The barrier goes on: the next screening is recorded, the preview answers (or fails) alone.
    const next = await station.call('recordScreening', localPersonScreening('乙'), supervisor);
    expect(next.seq).toBeGreaterThan(0);
    await expect(station.call('dailyReport', { from: today }, supervisor)).rejects.toMatchObject({ code: 'internal' });
    expect((await station.call('status', {})).setUp).toBe(true);
  });

  it("fails the 卫生院 report clearly: nothing on the stick, nothing audited", async () => {
    await expect(station.call('exportIsolation', { sheet: 'health-centre', format: 'xlsx', folder: usb }, supervisor)).rejects.toMatchObject({
      code: 'storage', reason: 'export-failed', message: expect.stringMatching(/^the station's read worker stopped \(.+\) during isolation: nothing was written$/),
    });
    expect(readdirSync(usb)).toEqual([]);
    expect(auditEntries(station.core.db, 10).map((e) => e.action)).not.toContain('isolation.export');
  });
});
