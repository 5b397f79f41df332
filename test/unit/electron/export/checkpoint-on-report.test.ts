import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../../electron/export/export-report.ts';
import { chainHead, lastCheckpoint } from '../../../../electron/store/checkpoints.ts';
import { fillReportDay } from '../../../support/report-day.ts';
import { ReportStore } from '../../../support/report-store.ts';

let store: ReportStore;
beforeAll(() => {
  store = new ReportStore();
  fillReportDay(store);
});
afterAll(() => store.close());

describe('the printed 日报 carries the signed checkpoint of the chain head', { timeout: 90_000 }, () => {
  it('prints SEQ:HASH of the checkpoint its export signed, for `verify --db --checkpoint`', async () => {
    const out = join(store.dir, 'usb');
    mkdirSync(out);
    const { files } = await exportReport(store.db, { reads: store.reads, range: { from: '2026-02-01', to: '2026-02-01' }, format: 'pdf', outDir: out, fullId: false, by: { staffId: 1, name: '李主任' } });
    const checkpoint = lastCheckpoint(store.db)!;
    expect(checkpoint).toMatchObject({ reason: 'export', seq: chainHead(store.db).seq, headHash: chainHead(store.db).hash });
    const text = execFileSync('pdftotext', [files[0]!.path, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain(`记录链校验点（序号:链头哈希）：${checkpoint.seq}:${checkpoint.headHash}`);
  });
});
