import { expect, setUpStation, signIn, SUPERVISOR, test } from './fixtures.ts';

test('a supervisor adds a colleague, who then signs in at handover and sees no supervisor screens', async ({ page, station }) => {
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);

  await page.getByRole('button', { name: '卡点与人员' }).click();
  await expect(page.getByTestId('station-key')).toContainText(/[0-9A-F]{4}/i);
  await page.locator('input[name="staffName"]').fill('赵磊');
  await page.locator('input[name="staffPin"]').fill('8642');
  await page.getByRole('button', { name: '添加人员' }).click();
  await expect(page.getByTestId('staff-list')).toContainText('赵磊');

  await page.locator('input[name="village"]').fill('东村');
  await page.getByRole('button', { name: '保存卡点信息' }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '交班 / 退出' }).click();
  await signIn(page, { name: '赵磊', pin: '8642' });
  await expect(page.getByRole('button', { name: '卡点与人员' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '登记规则' })).toHaveCount(0);
  const session = await page.evaluate(() => sessionStorage.getItem('checkpoint-station.session'));
  const refused = await station.api('addStaff', { name: '冒充', pin: '1111', role: 'supervisor' }, session!).catch((e: { status: number }) => e.status);
  expect(refused).toBe(403);
  expect((await station.api('listStaff', {})).map((s) => s.name).sort()).toEqual(['王芳', '赵磊'].sort());
  expect(SUPERVISOR.name).toBe('王芳');
});
