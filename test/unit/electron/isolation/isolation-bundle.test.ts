import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../electron/export/bundle/verify-bundle.ts';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { mergeBundles } from '../../../../electron/export/merge-bundles.ts';
import { ensureStationKey } from '../../../../electron/export/station-key.ts';
import { localDateAndOffset } from '../../../../shared/domain/local-time.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

let t: TempStation;
beforeEach(async () => { t = await tempStation(); });
afterEach(async () => { await t.close(); });

describe('home-isolation events in the police bundle', () => {
  it('travel signed with the screenings, verify by their own schemas, and merge into the township figures', async () => {
    const today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
    const s = localPersonScreening('赵返乡');
    if (s.screening.kind !== 'person') throw new Error('person');
    s.screening.person = { ...s.screening.person, returnee: true, followUp: { address: '东村三组', arrivalDate: today, travel: '', symptoms: [], localContact: '' } };
    await t.station.call('recordScreening', s, t.staff);
    const [row] = (await t.station.call('followUpDay', {}, t.supervisor)).rows;
    await t.station.call('recordIsolationReading', { arrivalId: row!.arrivalId, date: today, slot: 'morning', celsius: 38.1 }, t.supervisor);
    await t.station.call('endIsolation', { arrivalId: row!.arrivalId, outcome: 'release', reason: '卫生院接走，转诊治疗' }, t.supervisor);

    const usb = join(t.dir, 'usb');
    mkdirSync(usb);
    await exportReport(t.station.core.db, { reads: t.station.core.reads, range: { from: today, to: today }, format: 'bundle', outDir: usb, fullId: false, by: { staffId: 1, name: '王芳' } });
    const bundle = join(usb, readdirSync(usb)[0]!);
    const check = await verifyBundle(bundle);
    if (!check.ok) throw new Error(check.problem);
    expect(check.manifest.counts).toEqual({ events: 6, screenings: 1, amendments: 0, purges: 0, restores: 0, isolation: 4 });
    expect(check.events.map((e) => e.kind)).toEqual(['screening', 'arrival', 'isolation-reading', 'isolation-fever', 'transfer', 'isolation-end']);

    const out = join(t.dir, 'merged');
    mkdirSync(out);
    const trust = new Map([['GX-001', ensureStationKey(t.station.core.db).fingerprint]]);
    const merged = await mergeBundles([bundle], out, trust);
    const xlsx = merged.files.find((f) => f.path.endsWith('.xlsx'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    for (const label of ['新登记返乡人员', '解除隔离', '隔离人员发热']) expect(cells).toContain(label);
    const figure = (label: string) => {
      const r = workbook.worksheets[0]!.getSheetValues().find((v) => Array.isArray(v) && v.includes(label)) as unknown[];
      return r[r.indexOf(label) + 1];
    };
    expect([figure('新登记返乡人员'), figure('在管居家隔离'), figure('解除隔离'), figure('隔离人员发热')]).toEqual([1, 0, 1, 1]);
  });
});
