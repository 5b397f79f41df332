import { existsSync } from 'node:fs';
import { makeCnId } from '../support/cn-id-maker.ts';
import { expect, saveScreenshot, setUpStation, signIn, test } from './fixtures.ts';

const LOCAL_ID = makeCnId('450203', '19900101', '123');

test('a fever at the barrier: reported at once (sheet printed, acknowledged), transferred and handed over, and the 日报 shows it', async ({ page, station }) => {
  await setUpStation(station);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(station.url);
  await signIn(page);

  // 三联动: the supervisor on duty is from the police station.
  await page.getByRole('button', { name: '卡点与人员' }).click();
  await page.getByTestId('staff-row').filter({ hasText: '王芳' }).getByTestId('department').selectOption('police');
  await expect(page.getByRole('status')).toContainText('已设置 王芳 的部门');

  // The barrier: 38.5 °C typed in, the station refers.
  await page.getByRole('button', { name: '人员登记' }).click();
  await page.locator('input[name="name"]').fill('张三');
  await page.locator('input[name="temperature"]').fill('38.5');
  await page.locator('input[name="idNumber"]').fill(LOCAL_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'refer');
  await expect(page.getByTestId('result-transfer')).toContainText('已登记转运');
  await expect(page.getByTestId('status-transfers')).toContainText('1');

  // One tap: reported, and the immediate-report screen opens with the facts from the record.
  await page.getByTestId('report-now').click();
  const incident = page.getByTestId('incident').first();
  await expect(incident).toContainText('发热人员');
  await expect(incident).toContainText('张三，身份证 4502**********1233，体温 38.5℃');
  await expect(incident).toHaveAttribute('data-acknowledged', 'false');
  await expect(page.getByTestId('status-incidents')).toContainText('1');
  await incident.getByRole('button', { name: '打印报告单（PDF）' }).click();
  const printed = page.getByTestId('incident-printed');
  await expect(printed).toContainText('.pdf', { timeout: 30_000 });
  expect(existsSync((await printed.textContent())!.replace(/^报告单已保存：/, ''))).toBe(true);
  await saveScreenshot(page, 'incident-report.png');
  await incident.getByRole('button', { name: '确认' }).click();
  await expect(incident).toHaveAttribute('data-acknowledged', 'true');
  await expect(page.getByTestId('status-incidents')).toContainText('0');

  // The hand-off: from the status bar to the transfer, escort and vehicle, then the hand-over.
  await page.getByTestId('status-transfers').click();
  const transfer = page.getByTestId('transfer').first();
  await expect(transfer).toHaveAttribute('data-state', 'open');
  await transfer.locator('input[name="escort"]').fill('村医 陈华');
  await transfer.getByRole('radio', { name: '120救护车' }).click();
  await transfer.getByRole('radio', { name: '县定点医院' }).click();
  await saveScreenshot(page, 'transfers-open.png');
  await transfer.getByRole('button', { name: '登记出发' }).click();
  await expect(transfer).toHaveAttribute('data-state', 'departed');
  await expect(transfer).toContainText('护送人 村医 陈华，120救护车，送往 县定点医院');
  await transfer.locator('input[name="receivedBy"]').fill('急诊 刘医生');
  await transfer.getByRole('button', { name: '交接完成' }).click();
  await expect(transfer).toHaveAttribute('data-state', 'handed-over');
  await expect(page.getByTestId('status-transfers')).toContainText('0');

  // The 日报: the transfer with its state, the figures, duty by department.
  await page.getByRole('button', { name: '日报' }).click();
  await expect(page.getByTestId('figure-transfersOpened').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('figure-transfersHandedOver').locator('dd')).toHaveText('1');
  const row = page.getByTestId('report-transfers').locator('tr').first();
  await expect(row).toHaveAttribute('data-state', 'handed-over');
  await expect(row).toContainText('村医 陈华');
  await expect(row).toContainText('急诊 刘医生');
  await expect(page.getByTestId('report-duty')).toContainText('公安: 王芳');
  await expect(page.getByTestId('report-unattended')).toContainText('无人签到');
  await page.getByTestId('report-transfers').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'report-transfers-duty.png');
});
