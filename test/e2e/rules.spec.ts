import { expect, setUpStation, SUPERVISOR, test } from './fixtures.ts';

test('a supervisor changes the rules on screen and the next screening follows them; staff never see the screen', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '刘洋', pin: '3333', role: 'staff' }, supervisor);
  await page.goto(station.url);
  await page.getByRole('radio', { name: SUPERVISOR.name }).check();
  await page.locator('input[name="pin"]').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: '登录' }).click();

  await page.getByRole('button', { name: '登记规则' }).click();
  await page.getByRole('group', { name: '劝返的外地车辆类型' }).getByRole('button', { name: '出租车' }).click();
  await page.getByRole('radiogroup', { name: '黄码' }).getByRole('radio', { name: '劝返' }).click();
  await page.locator('input[name="threshold"]').fill('37.5');
  await page.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  expect(await station.api('getRuleSettings', {})).toMatchObject({ barredOutsideVehicleTypes: ['private-car', 'coach'], referCodeColours: [], refuseCodeColours: ['red', 'yellow'] });
  expect((await station.api('getSettings', {})).feverThresholdCelsius).toBe(37.5);

  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('湘A12345');
  await page.getByRole('radio', { name: '出租车' }).click();
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('turn-back')).toBeHidden();

  await page.getByRole('button', { name: '交班 / 退出' }).click();
  await page.getByRole('radio', { name: '刘洋' }).check();
  await page.locator('input[name="pin"]').fill('3333');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('status-staff')).toContainText('刘洋');
  await expect(page.getByRole('button', { name: '登记规则' })).toHaveCount(0);
});
