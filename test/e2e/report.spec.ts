import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIGURE_DEFINITIONS, FIGURE_KEYS } from '../../shared/report/figures.ts';
import { expect, saveScreenshot, setUpStation, SUPERVISOR, test } from './fixtures.ts';

const person = (name: string, celsius: number) => ({
  screening: {
    kind: 'person' as const, direction: 'in' as const,
    person: { name, idNumber: '450203199001011233', phone: '13800000000', origin: '柳州', reason: '回家', temperature: { celsius, source: 'manual' as const }, healthCode: { colour: 'green' as const } },
  },
});

test('the end-of-day screen previews the 日报, exports each format and says where the files went', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('recordScreening', { ...person('李四', 36.5), verdict: { decision: 'allow' } }, supervisor);

  await page.goto(station.url);
  await page.getByRole('radio', { name: SUPERVISOR.name }).check();
  await page.locator('input[name="pin"]').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '日报' }).click();

  await expect(page.getByTestId('figure-records')).toContainText('1');
  await expect(page.getByTestId('zero-report')).toHaveText('异常情况：无（零报告）');
  await expect(page.getByTestId('report-staff')).toContainText(SUPERVISOR.name);
  await expect(page.getByTestId('key-fingerprint')).toContainText(/([0-9A-F]{4} ){15}[0-9A-F]{4}/);

  // A fever referral arrives while the screen is open: the preview follows, live.
  await station.api('recordScreening', { ...person('王五', 38.4), verdict: { decision: 'refer' } }, supervisor);
  await expect(page.getByTestId('figure-feverReferred')).toContainText('1');
  await expect(page.getByTestId('zero-report')).toHaveText('异常情况：1 起');
  await saveScreenshot(page, 'report-end-of-day.png', { fullPage: true });

  // Every figure the preview shows is the one the station reports.
  const today = await page.locator('input[name="from"]').inputValue();
  const { figures } = await station.api('dailyReport', { from: today }, supervisor);
  for (const key of FIGURE_KEYS) await expect(page.getByTestId(`figure-${key}`).locator('dd')).toHaveText(String(figures[key]));

  const folder = join(station.dir, 'exports');
  for (const format of ['csv', 'xlsx', 'pdf', 'bundle']) {
    await page.getByTestId(`export-${format}`).click();
    const outcome = page.getByTestId('export-outcome');
    await expect(outcome).toContainText(`到 ${folder}`, { timeout: 30_000 });
    const paths = await outcome.locator('code').allTextContents();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(existsSync(path)).toBe(true);
  }
  // The XLSX 汇总 and the PDF carry the same figures under the same printed labels.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, readdirSync(folder).find((f) => f.endsWith('.xlsx'))!));
  const summary = new Map<string, unknown>();
  workbook.getWorksheet('汇总')!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
  const pdfText = execFileSync('pdftotext', ['-layout', join(folder, readdirSync(folder).find((f) => f.endsWith('.pdf'))!), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const key of FIGURE_KEYS) {
    expect(summary.get(FIGURE_DEFINITIONS[key].zh), key).toBe(figures[key]);
    expect(pdfText, key).toContain(`${FIGURE_DEFINITIONS[key].zh} ${figures[key]}`);
  }
  const bundle = (await page.getByTestId('export-outcome').locator('code').first().textContent())!.replace(/\/events\.ndjson$/, '');
  const verify = execFileSync(process.execPath, ['electron/cli/bin.mjs', 'verify', bundle], { encoding: 'utf8' });
  expect(verify).toMatch(/^OK: bundle intact/);

  await page.locator('input[name="folder"]').fill('/nonexistent/usb');
  await page.getByTestId('export-xlsx').click();
  // The station's ExportError code crosses the contract: a Chinese sentence, no English.
  await expect(page.getByRole('alert')).toHaveText('找不到文件夹 /nonexistent/usb（U 盘拔掉了？），没有写入任何文件');
});

test('staff see the preview but not the export buttons', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor);
  await page.goto(station.url);
  await page.getByRole('radio', { name: '李明' }).check();
  await page.locator('input[name="pin"]').fill('1357');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '日报' }).click();
  await expect(page.getByTestId('zero-report')).toHaveText('异常情况：无（零报告）');
  await expect(page.getByTestId('export-supervisor-only')).toBeVisible();
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
});
