import { expect, setUpStation, signIn, test } from './fixtures.ts';

test('a record created through the API appears on screen, live, in either language', async ({ page, station }) => {
  const supervisorSession = await setUpStation(station);
  await page.goto(station.url);

  await signIn(page);
  await page.getByRole('button', { name: '今日记录' }).click();
  await expect(page.getByText('今天还没有登记记录。')).toBeVisible();

  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { name: "Today's records" })).toBeVisible();
  await expect(page.getByTestId('status-count')).toContainText('Today: 0');

  await station.api('recordScreening', {
    screening: {
      kind: 'person', direction: 'in',
      person: {
        name: '李四', idNumber: '450203199001011233', phone: '13800000000', origin: '柳州', reason: '回家',
        temperature: { celsius: 36.5, source: 'manual' }, healthCode: { colour: 'green' },
      },
    },
    verdict: { decision: 'allow' },
  }, supervisorSession);

  const rows = page.getByTestId('today-records').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('李四');
  await expect(rows.first()).toContainText('Let in');
  await expect(page.getByTestId('status-count')).toContainText('Today: 1');

  await page.getByTestId('lang-switch').click();
  await expect(rows.first()).toContainText('放行');
});

test('the setup screen creates the station and signs the supervisor in', async ({ page, station }) => {
  await page.goto(station.url);
  await page.locator('input[name="stationName"]').fill('西岭卡点');
  await page.locator('input[name="stationCode"]').fill('XL02');
  await page.locator('input[name="supervisorName"]').fill('陈静');
  await page.locator('input[name="pin"]').fill('135790');
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByTestId('status-staff')).toContainText('陈静');
  await expect(page.locator('.status-station')).toHaveText('西岭卡点');
});

test('a page without the launch token says how to connect instead of showing a blank window', async ({ page, station }) => {
  await page.goto(station.origin + '/');
  await expect(page.getByRole('alert')).toContainText('未连接到登记站');
});
