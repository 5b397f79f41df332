import { beforeEach, describe, expect, it } from 'vitest';
import { buildReport, recordsInRange, type ReportOptions } from '../../../../shared/report/build-report.ts';
import { dailyReportHtml, escapeHtml, PRINTED_ROWS_MAX } from '../../../../shared/report/daily-report-html.ts';
import { registrationSheets } from '../../../../shared/report/registration-sheets.ts';
import { person, resetSeq, screening } from '../../../support/hand-built-events.ts';

const options: ReportOptions = { from: '2026-02-01', to: '2026-02-01', stationCode: 'GX-001', stationName: '东村<卡点>', localRegionPrefixes: [], localPlatePrefixes: [], feverThresholdCelsius: 37.3 };

function html(events: ReturnType<typeof screening>[]) {
  const records = recordsInRange(events, options.from, options.to);
  return dailyReportHtml([{
    heading: options.stationName, report: buildReport(events, options),
    sheets: registrationSheets(records, { mask: true, ...options }), bundleFingerprint: 'ab'.repeat(32), keyFingerprint: 'ABCD 1234',
  }], '2026-02-01T16:00:00Z');
}

beforeEach(resetSeq);

describe('dailyReportHtml', () => {
  it('escapes every recorded text', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;');
    const page = html([screening({ date: '2026-02-01', time: '08:00:00', decision: 'turn-away', person: person({ name: '<script>alert(1)</script>' }) })]);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;');
    expect(page).toContain('东村&#60;卡点&#62; 卡点登记日报');
  });

  it('writes the zero report as 无 and both fingerprints', () => {
    const page = html([]);
    expect(page).toContain('异常情况：<b>无</b>');
    expect(page).toContain('劝返登记（0 起）</h2><p class="none">无</p>');
    expect(page).toContain('ab'.repeat(32));
    expect(page).toContain('ABCD 1234');
  });

  it(`prints at most ${PRINTED_ROWS_MAX} lines of a list and points to the XLSX for the rest`, () => {
    const events = Array.from({ length: PRINTED_ROWS_MAX + 5 }, (_, i) =>
      screening({ date: '2026-02-01', time: `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`, decision: 'turn-away' }));
    const page = html(events);
    expect(page).toContain(`劝返登记（${PRINTED_ROWS_MAX + 5} 起）`);
    expect(page).toContain('另有 5 条，见 XLSX 表格。');
  });
});
