import type { RunningStation } from '../support/station-process.ts';
import { expect, setUpStation, signIn, test } from './fixtures.ts';
import { holdNextCall } from './late-answer.ts';

/** One record saved at the station (a taxi turned back), as another kiosk would. */
const recordOneTaxi = (station: RunningStation, session: string) => station.api('recordScreening', {
  screening: { kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A12345', vehicleType: 'taxi', occupantCount: 2 } },
  verdict: { decision: 'turn-away' },
}, session);

// Answers that land late on a slow PC never undo what a person did, nor show a stale picture.

test('a rule changed while the save is on its way stays on screen, unsaved', async ({ page, station }) => {
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '登记规则' }).click();
  const threshold = page.locator('input[name="threshold"]');
  await threshold.fill('37.5');
  const save = await holdNextCall(page, 'updateRuleSettings');
  await page.getByRole('button', { name: '保存规则' }).click();
  await save.asked;
  await threshold.fill('37.8');
  await save.deliver();
  await expect(page.getByRole('status')).toContainText('已保存');
  expect((await station.api('getSettings', {})).feverThresholdCelsius).toBe(37.5);
  await expect(threshold).toHaveValue('37.8');
});

test('a record saved while today’s list is loading shows in it, once', async ({ page, station }) => {
  const session = await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  // The list's answer is ready (still empty) but reaches the page only after the new record's push.
  const list = await holdNextCall(page, 'listEvents', { answered: 'at-once' });
  await page.getByRole('button', { name: '今日记录' }).click();
  await list.asked;
  await recordOneTaxi(station, session);
  await expect(page.getByTestId('status-count')).toContainText('1');
  await list.deliver();
  await expect(page.getByTestId('today-records').locator('tbody tr')).toHaveCount(1);
});

test('the 日报 preview shows the day picked last, even when the first day’s answer lands after it', async ({ page, station }) => {
  const session = await setUpStation(station);
  await recordOneTaxi(station, session);
  await page.goto(station.url);
  await signIn(page);
  // Today's figures (one record) are on their way when the supervisor picks another day.
  const today = await holdNextCall(page, 'dailyReport', { answered: 'at-once' });
  await page.getByRole('button', { name: '日报' }).click();
  await today.asked;
  await page.locator('input[name="from"]').fill('2026-01-01');
  await expect(page.getByTestId('figure-records')).toContainText('0');
  await today.deliver();
  // The late answer has reached the page and had a frame to show itself.
  await page.evaluate(() => new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown))));
  await expect(page.getByTestId('figure-records')).toContainText('0');
  await expect(page.locator('input[name="from"]')).toHaveValue('2026-01-01');
});

test('a late “session over” for the last person on duty does not sign out the one who took over', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '李明', pin: '1357', role: 'staff' }, supervisor);
  await page.clock.install();
  await page.goto(station.url);
  await signIn(page);
  // The minute's check that the session still stands is on its way as the shift is handed over.
  const check = await holdNextCall(page, 'whoAmI');
  await page.clock.fastForward('01:05');
  await check.asked;
  await page.getByRole('button', { name: /交班|退出/ }).click();
  await signIn(page, { name: '李明', pin: '1357' });
  await check.deliver();
  // The late answer (the old session is over) has reached the page and had a frame to act.
  await page.evaluate(() => new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown))));
  await expect(page.getByTestId('status-staff')).toContainText('李明');
  await expect(page.getByRole('heading', { name: '值班登录' })).toHaveCount(0);
});
