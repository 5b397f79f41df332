import { expect, saveScreenshot, setUpStation, signIn, SUPERVISOR, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('a colleague locks themselves out; the supervisor unlocks and resets the PIN; they choose their own and work', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '赵磊', pin: '8642', role: 'staff' }, supervisor);
  await page.goto(station.url);

  // Five wrong PINs at the barrier: the fifth says how long, in Chinese.
  await page.getByRole('radio', { name: '赵磊' }).check();
  for (let i = 0; i < 5; i++) {
    await page.locator('input[name="pin"]').fill('0000');
    await page.getByRole('button', { name: '登录' }).click();
    // The station's answer empties the PIN: wait for it, since the alert of the try before says the same.
    await expect(page.locator('input[name="pin"]')).toHaveValue('');
    await expect(page.getByRole('alert')).toContainText(i < 4 ? '姓名或密码错误' : '请 1 分钟后再试');
  }
  await page.locator('input[name="pin"]').fill('8642');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('分钟后再试');

  // The supervisor sees the lock, lifts it and gives a new first PIN.
  await signIn(page, SUPERVISOR);
  await page.getByRole('button', { name: '卡点与人员' }).click();
  const zhao = page.locator('[data-testid="staff-row"][data-name="赵磊"]');
  await expect(zhao.getByTestId('staff-locked')).toContainText('还剩 1 分钟');
  await zhao.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('status')).toContainText('已解锁 赵磊');
  await expect(zhao.getByTestId('staff-locked')).toHaveCount(0);
  await zhao.getByRole('button', { name: '重置密码' }).click();
  await zhao.locator('input[name="resetPin"]').fill('1111');
  await zhao.getByRole('button', { name: '确认重置' }).click();
  await expect(page.getByRole('status')).toContainText('已重置 赵磊 的密码');
  await expect(zhao).toContainText('待改密码');

  // The last active supervisor cannot be deactivated: said in Chinese, nothing changes.
  await page.locator('[data-testid="staff-row"][data-name="王芳"]').getByRole('button', { name: '停用' }).click();
  await expect(page.getByRole('alert')).toHaveText('这是最后一位在岗负责人，不能停用');
  await saveScreenshot(page, 'station-staff.png');

  // 赵磊 signs in with the first PIN and must choose his own before anything else.
  await page.getByRole('button', { name: '交班 / 退出' }).click();
  await signIn(page, { name: '赵磊', pin: '1111' });
  await expect(page.getByTestId('own-pin')).toBeVisible();
  await expect(page.locator('.main-nav')).toHaveCount(0);
  await page.locator('input[name="currentPin"]').fill('1111');
  await page.locator('input[name="newPin"]').fill('5791');
  await page.locator('input[name="newPinAgain"]').fill('5791');
  await saveScreenshot(page, 'own-pin.png');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByTestId('person-screen')).toBeVisible();

  // And later changes it again from the status bar.
  await page.getByTestId('own-pin-link').click();
  await page.locator('input[name="currentPin"]').fill('0000');
  await page.locator('input[name="newPin"]').fill('2468');
  await page.locator('input[name="newPinAgain"]').fill('2468');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByRole('alert')).toHaveText('姓名或密码错误');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('person-screen')).toBeVisible();
  expect((await station.api('signIn', { name: '赵磊', pin: '5791' })).staff.mustChangePin).toBe(false);
});

test('a supervisor deactivates a colleague who left, who then cannot sign in, and reactivates them', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '孙悦', pin: '3579', role: 'staff' }, supervisor);
  await page.goto(station.url);
  await signIn(page, SUPERVISOR);
  await page.getByRole('button', { name: '卡点与人员' }).click();
  const sun = page.locator('[data-testid="staff-row"][data-name="孙悦"]');
  await sun.getByRole('button', { name: '停用' }).click();
  await expect(sun).toContainText('已停用');
  await page.getByRole('button', { name: '交班 / 退出' }).click();
  await expect(page.getByRole('radio', { name: '王芳' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '孙悦' })).toHaveCount(0);

  await signIn(page, SUPERVISOR);
  await page.getByRole('button', { name: '卡点与人员' }).click();
  await sun.getByRole('button', { name: '重新启用' }).click();
  await expect(page.getByRole('status')).toContainText('已重新启用 孙悦');
  await page.getByRole('button', { name: '交班 / 退出' }).click();
  await signIn(page, { name: '孙悦', pin: '3579' });
});
