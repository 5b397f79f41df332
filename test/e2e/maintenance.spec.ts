import { expect, saveScreenshot, setUpStation, signIn, SUPERVISOR, test } from './fixtures.ts';
import { holdNextCall } from './late-answer.ts';

test('a supervisor backs up, purges old records and sets the limits; staff do not see maintenance', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor);
  await page.goto(station.url);
  await page.getByRole('radio', { name: SUPERVISOR.name }).check();
  await page.locator('input[name="pin"]').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: '登录' }).click();

  await page.getByRole('button', { name: '维护' }).click();
  await expect(page.getByTestId('maintenance-screen')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('maintenance-notice')).toContainText('已备份');
  await expect(page.getByTestId('backup-list').locator('tr')).toHaveCount(1);
  expect(await station.api('listBackups', {}, supervisor)).toHaveLength(1);

  await page.locator('input[name="olderThanDays"]').fill('30');
  await page.getByRole('button', { name: '删除旧记录…' }).click();
  await page.getByRole('button', { name: '确认删除 30 天以前的全部记录' }).click();
  await expect(page.getByTestId('maintenance-notice')).toContainText('已删除 0 条记录');

  await page.locator('input[name="maxShiftHours"]').fill('8');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('maintenance-notice')).toContainText('已保存');
  expect(await station.api('getMaintenanceSettings', {}, supervisor)).toMatchObject({ maxShiftHours: 8 });
  await saveScreenshot(page, 'maintenance.png', { fullPage: true });

  await page.getByRole('button', { name: /交班|退出/ }).click();
  await page.getByRole('radio', { name: '李明' }).check();
  await page.locator('input[name="pin"]').fill('1357');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('status-staff')).toContainText('李明');
  await expect(page.getByRole('button', { name: '维护' })).toHaveCount(0);
});

test('what the supervisor types into the limits stays, even when a refresh lands after the typing', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '维护' }).click();
  const maxShift = page.locator('input[name="maxShiftHours"]');
  const backupsToKeep = page.locator('input[name="backupsToKeep"]');
  await expect(maxShift).toHaveValue('12');
  await expect(backupsToKeep).toHaveValue('7');

  // The purge reloads the settings; on a slow PC that answer lands after the supervisor typed.
  const refresh = await holdNextCall(page, 'getMaintenanceSettings');
  await page.getByRole('button', { name: '删除旧记录…' }).click();
  await page.getByRole('button', { name: /确认删除/ }).click();
  await refresh.asked;
  await maxShift.fill('8');
  // Meanwhile another supervisor (or the CLI) changes a field this one has not touched.
  await station.api('updateMaintenanceSettings', { backupsToKeep: 9 }, supervisor);
  await refresh.deliver();
  // The refresh has landed: the untouched field follows the station, the typed one stays.
  await expect(backupsToKeep).toHaveValue('9');
  await expect(maxShift).toHaveValue('8');

  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('maintenance-notice')).toContainText('已保存');
  expect(await station.api('getMaintenanceSettings', {}, supervisor)).toMatchObject({ maxShiftHours: 8, backupsToKeep: 9 });
});

test('a session the station ended (shift over) returns the kiosk to sign-in', async ({ page, station }) => {
  await setUpStation(station);
  await page.clock.install();
  await page.goto(station.url);
  await page.getByRole('radio', { name: SUPERVISOR.name }).check();
  await page.locator('input[name="pin"]').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('status-staff')).toContainText(SUPERVISOR.name);

  // The station ends the shift (as it does past the longest shift); the screen follows within a minute.
  const token = await page.evaluate(() => sessionStorage.getItem('checkpoint-station.session'));
  await station.api('signOut', {}, token!);
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: '值班登录' })).toBeVisible();
  await expect(page.getByTestId('status-staff')).not.toContainText(SUPERVISOR.name);
});
