import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBundle } from '../../../electron/export/bundle/verify-bundle.ts';
import { mergeBundles } from '../../../electron/export/merge-bundles.ts';
import ExcelJS from 'exceljs';
import { verifyStoredChain } from '../../../electron/store/chain-check.ts';
import { lastCheckpoint } from '../../../electron/store/checkpoints.ts';
import { createStation } from '../../../electron/station/station.ts';
import { keptRecordsDirOf } from '../../../electron/store/restore-keep.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../support/temp-station.ts';

/**
 * The evidence a station hands over, built only by real station operations (never hand-made
 * payloads): what the station writes is what `verify` and `merge` accept.
 */
let t: TempStation;
const signIn = async (name: string, pin: string) => (await t.station.call('signIn', { name, pin })).token;

/** Exports the day's signed bundle to a new folder (a USB stick) and returns the bundle. */
async function exportDay(day: string, stick: string, by: string): Promise<string> {
  const usb = join(t.dir, stick);
  mkdirSync(usb);
  await t.station.call('exportReport', { from: day, format: 'bundle', folder: usb }, by);
  return join(usb, readdirSync(usb)[0]!);
}

/** The names on the merged workbook's person sheet: each person the township counts. */
async function mergedNames(bundles: string[], out: string, fingerprint: string): Promise<{ names: string[]; notes: string[] }> {
  const township = join(t.dir, out);
  mkdirSync(township);
  const merged = await mergeBundles(bundles, township, new Map([['GX-001', fingerprint]]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(merged.files.find((f) => f.path.endsWith('.xlsx'))!.path);
  const sheet = workbook.getWorksheet('人员登记')!;
  const nameColumn = (sheet.getRow(1).values as unknown[]).indexOf('姓名');
  const names: string[] = [];
  sheet.eachRow((row, n) => { if (n > 1) names.push(String(row.getCell(nameColumn).value)); });
  return { names: names.sort(), notes: merged.notes };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T02:00:00Z'));
  t = await tempStation();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('record → amend → purge → export → verify → merge', () => {
  it('a bundle holding a real purge and a real correction verifies and merges', { timeout: 90_000 }, async () => {
    const old = await t.station.call('recordScreening', localPersonScreening('赵一'), t.staff);
    await t.station.call('amendEvent', { targetId: old.id, reason: '姓名写错', payload: { ...localPersonScreening('赵壹'), overrideReason: '' } as never }, t.supervisor);

    vi.setSystemTime(new Date('2026-04-10T02:00:00Z'));
    const supervisor = await signIn('王芳', '246813');
    const staff = await signIn('李明', '1357');
    const kept = await t.station.call('recordScreening', localPersonScreening('钱二'), staff);
    expect(await t.station.call('purgeRecords', { olderThanDays: 30 }, supervisor)).toMatchObject({ purged: 2 });
    await t.station.call('amendEvent', { targetId: kept.id, reason: '电话写错', payload: { ...localPersonScreening('钱二'), overrideReason: '' } as never }, supervisor);
    expect(verifyStoredChain(t.station.core.db)).toBeNull();

    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    const exported = await t.station.call('exportReport', { from: '2026-04-10', format: 'bundle', folder: usb }, supervisor);
    expect(exported.files).toHaveLength(2);
    const bundle = join(usb, readdirSync(usb)[0]!);

    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => e.kind)).toEqual(['screening', 'purge', 'amendment']);
    expect(check.manifest.counts).toMatchObject({ events: 3, screenings: 1, amendments: 1, purges: 1 });

    const township = join(t.dir, 'township');
    mkdirSync(township);
    const merged = await mergeBundles([bundle], township, new Map([['GX-001', check.manifest.keyFingerprint]]));
    expect(merged).toMatchObject({ stations: 1, events: 3 });
  });

  it('a bundle holding a transfer hand-off and an acknowledged immediate report verifies and merges', { timeout: 90_000 }, async () => {
    const fever = localPersonScreening('孙三');
    const referral = await t.station.call('recordScreening', {
      ...fever, screening: { ...fever.screening, person: { ...(fever.screening as { person: object }).person, temperature: { celsius: 38.6, source: 'manual' } } } as never,
      verdict: { decision: 'refer', reasons: ['fever'] },
    }, t.staff);
    const [transfer] = await t.station.call('listTransfers', {}, t.staff);
    await t.station.call('departTransfer', { transferId: transfer!.id, escort: '村医 陈华', means: 'ambulance-120', institution: '县定点医院' }, t.staff);
    await t.station.call('closeTransfer', { transferId: transfer!.id, outcome: 'handed-over', receivedBy: '刘医生' }, t.staff);
    const incident = await t.station.call('reportIncident', { category: 'fever', sourceEventId: referral.id }, t.staff);
    await t.station.call('acknowledgeIncident', { incidentId: incident.id }, t.supervisor);

    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    await t.station.call('exportReport', { from: '2026-03-01', format: 'bundle', folder: usb }, t.supervisor);
    const bundle = join(usb, readdirSync(usb)[0]!);
    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => e.kind)).toEqual(['screening', 'transfer', 'transfer', 'transfer', 'incident', 'incident']);
    expect(check.manifest.counts).toMatchObject({ events: 6, screenings: 1, amendments: 0, purges: 0 });

    const township = join(t.dir, 'township');
    mkdirSync(township);
    const merged = await mergeBundles([bundle], township, new Map([['GX-001', check.manifest.keyFingerprint]]));
    expect(merged).toMatchObject({ stations: 1, events: 6 });
  });
});

describe('record → purge → back up → export → restore → amend → export → verify → merge', () => {
  it('two genuine bundles of a restored day merge without a false fork and count each person once (attack 5)', { timeout: 120_000 }, async () => {
    await t.station.call('recordScreening', localPersonScreening('旧记录'), t.staff);
    vi.setSystemTime(new Date('2026-04-10T01:00:00Z'));
    const morningSupervisor = await signIn('王芳', '246813');
    const morningStaff = await signIn('李明', '1357');
    expect(await t.station.call('purgeRecords', { olderThanDays: 30 }, morningSupervisor)).toMatchObject({ purged: 1, purgeSeq: 2 });
    const first = await t.station.call('recordScreening', localPersonScreening('赵一'), morningStaff);
    await t.station.call('recordScreening', localPersonScreening('钱二'), morningStaff);
    const backup = await t.station.call('backupNow', {}, morningSupervisor);
    vi.setSystemTime(new Date('2026-04-10T03:00:00Z'));
    await t.station.call('recordScreening', localPersonScreening('孙三'), morningStaff);
    await t.station.call('recordScreening', localPersonScreening('李四'), morningStaff);
    // The noon 日报 goes to the village: its bundle and the checkpoint printed on it.
    const noon = await exportDay('2026-04-10', 'usb-noon', morningSupervisor);
    const printedOnNoonReport = lastCheckpoint(t.station.core.db)!;
    vi.setSystemTime(new Date('2026-04-10T04:00:00Z'));
    await t.station.call('recordScreening', localPersonScreening('周五'), morningStaff);

    vi.setSystemTime(new Date('2026-04-10T05:00:00Z'));
    await t.station.call('restoreBackup', { backup: backup.name }, morningSupervisor);
    const supervisor = await signIn('王芳', '246813');
    const staff = await signIn('李明', '1357');
    const late = await t.station.call('recordScreening', localPersonScreening('吴六'), staff);
    expect(late.seq).toBe(9); // after the restore event (8), never one of 5–7 the noon bundle used
    await t.station.call('amendEvent', { targetId: first.id, reason: '姓名写错', payload: { ...localPersonScreening('赵壹'), overrideReason: '' } as never }, supervisor);
    // The database holds the noon 日报's checkpoint through the restore that replaced it.
    expect(verifyStoredChain(t.station.core.db, [{ seq: printedOnNoonReport.seq, headHash: printedOnNoonReport.headHash, label: 'noon 日报' }])).toBeNull();

    vi.setSystemTime(new Date('2026-04-10T10:00:00Z'));
    const evening = await exportDay('2026-04-10', 'usb-evening', supervisor);
    const check = await verifyBundle(evening);
    if (!check.ok) throw new Error(check.problem);
    expect(check.events.map((e) => [e.seq, e.kind])).toEqual([[2, 'purge'], [3, 'screening'], [4, 'screening'], [8, 'restore'], [9, 'screening'], [10, 'amendment']]);
    expect(check.manifest.counts).toMatchObject({ events: 6, screenings: 3, amendments: 1, purges: 1, restores: 1 });
    const keptDir = keptRecordsDirOf(t.dbPath);
    const kept = join(keptDir, readdirSync(keptDir)[0]!);
    expect(await verifyBundle(kept)).toMatchObject({ ok: true });

    const key = check.manifest.keyFingerprint;
    // Noon + evening: 周五 (after the noon export, then taken out by the restore) is in neither,
    // and the office is told where the station kept him.
    const both = await mergedNames([noon, evening], 'township-both', key);
    expect(both.names).toEqual(['吴六', '孙三', '李四', '赵壹', '钱二'].sort());
    expect(both.notes).toEqual([expect.stringContaining(`took records 5-7 out of its database; 1 of them are in none of the merged bundles (the station kept them in restore-kept/${readdirSync(keptDir)[0]}`)]);
    // With the bundle the restore kept, everyone once.
    const all = await mergedNames([noon, evening, kept], 'township-all', key);
    expect(all.names).toEqual(['吴六', '周五', '孙三', '李四', '赵壹', '钱二'].sort());
    expect(all.notes).toEqual([]);
  });
});

describe('a restore names the head it replaced', () => {
  it('a bundle of another history at that head is a fork, refused naming both bundles, though no seq overlaps', { timeout: 120_000 }, async () => {
    vi.setSystemTime(new Date('2026-03-01T03:00:00Z'));
    await t.station.call('recordScreening', localPersonScreening('赵一'), t.staff);
    const backup = await t.station.call('backupNow', {}, t.supervisor);
    // A copy of the database is run as a second station: from here on, two histories.
    const copyPath = join(t.dir, 'copy.db');
    await t.station.core.db.backup(copyPath);
    const copy = createStation({ dbPath: copyPath });
    try {
      const copyStaff = (await copy.call('signIn', { name: '李明', pin: '1357' })).token;
      const copySupervisor = (await copy.call('signIn', { name: '王芳', pin: '246813' })).token;
      await copy.call('recordScreening', localPersonScreening('甲'), copyStaff);
      mkdirSync(join(t.dir, 'usb-copy'));
      await copy.call('exportReport', { from: '2026-03-01', format: 'bundle', folder: join(t.dir, 'usb-copy') }, copySupervisor);
    } finally {
      await copy.close();
    }
    await t.station.call('recordScreening', localPersonScreening('乙'), t.staff);
    await t.station.call('restoreBackup', { backup: backup.name }, t.supervisor);
    const evening = await exportDay('2026-03-01', 'usb-evening', await signIn('王芳', '246813'));
    const forked = join(t.dir, 'usb-copy', readdirSync(join(t.dir, 'usb-copy'))[0]!);

    const check = await verifyBundle(evening);
    if (!check.ok) throw new Error(check.problem);
    await expect(mergedNames([forked, evening], 'township', check.manifest.keyFingerprint))
      .rejects.toThrow(new RegExp(`bundles ${forked}.* and ${evening}.*two histories.*seq 3`));
  });
});

