import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './fixtures.ts';
import { startStationProcess } from '../support/station-process.ts';
import { localPersonScreening, tempStation } from '../support/temp-station.ts';

test('a damaged database shows the recovery screen, and a supervisor of the backup restores it', async ({ page }) => {
  // A station with a backup of two records, then a failing disk scribbles over the database.
  const t = await tempStation();
  for (const name of ['甲', '乙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  await t.station.call('backupNow', {}, t.supervisor);
  await t.stop();
  const fd = openSync(t.dbPath, 'r+');
  writeSync(fd, Buffer.alloc(statSync(t.dbPath).size - 4096, 0xa5), 0, undefined, 4096);
  closeSync(fd);

  const station = await startStationProcess({ dbPath: t.dbPath });
  try {
    await page.goto(station.url);
    await expect(page.getByTestId('recovery-screen')).toBeVisible();
    await expect(page.getByTestId('recovery-problem')).toContainText('登记数据库已损坏');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await saveScreenshot(page, 'recovery.png');

    await page.locator('input[name="name"]').fill('王芳');
    await page.locator('input[name="pin"]').fill('1111');
    await page.getByRole('button', { name: '恢复备份' }).click();
    await expect(page.locator('.recovery .error[role="alert"]')).toBeVisible();
    await expect(page.getByTestId('recovery-screen')).toBeVisible();

    await page.locator('input[name="pin"]').fill('246813');
    await page.getByRole('button', { name: '恢复备份' }).click();
    await expect(page.getByRole('heading', { name: '值班登录' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '王芳' })).toBeVisible();
    const status = await station.api('status', {});
    expect(status.recovery).toBeUndefined();
    expect(status.counts.total).toBe(2);
  } finally {
    await station.stop();
    await t.close();
  }
});
