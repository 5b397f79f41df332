import type { Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { encodeGyFrame } from '../../shared/thermometer/gy-mcu90614.ts';
import { makeCnId } from '../support/cn-id-maker.ts';
import { createPtyPair } from '../support/pty.ts';
import { PtyWriter } from '../support/pty-writer.ts';
import { expect, setUpStation, signIn, SUPERVISOR, test } from './fixtures.ts';

const LOCAL_ID = makeCnId('450203', '19900101', '123');

async function screenPerson(page: Page, celsius: string, idNumber: string) {
  await page.locator('input[name="temperature"]').fill(celsius);
  await page.locator('input[name="idNumber"]').fill(idNumber);
  await page.getByRole('radio', { name: '绿码' }).click();
}

test('setup from an empty database, then a local person passes and shows in the log', async ({ page, station }) => {
  await page.goto(station.url);
  await page.locator('input[name="stationName"]').fill('新村路口卡点');
  await page.locator('input[name="stationCode"]').fill('XC01');
  await page.locator('input[name="township"]').fill('白沙镇');
  await page.locator('input[name="village"]').fill('新村');
  await page.locator('input[name="regions"]').fill('4502');
  await page.locator('input[name="plates"]').fill('桂b');
  await expect(page.locator('input[name="threshold"]')).toHaveValue('37.3');
  await page.locator('input[name="supervisorName"]').fill('陈静');
  await page.locator('input[name="pin"]').fill('135790');
  await page.getByRole('button', { name: '完成设置' }).click();

  await expect(page.getByTestId('person-screen')).toBeVisible();
  const settings = await station.api('getSettings', {});
  expect(settings).toMatchObject({ stationCode: 'XC01', township: '白沙镇', localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'], feverThresholdCelsius: 37.3 });

  await page.locator('input[name="temperature"]').fill('36.6');
  // The ID card through a USB scanner: a burst of keys ending in Enter. Dispatched inside the
  // page, so a loaded machine cannot stretch the gaps between keys past the burst limit.
  await page.evaluate((id) => {
    for (const key of [...id, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, LOCAL_ID);
  await expect(page.locator('input[name="idNumber"]')).toHaveValue(LOCAL_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('temperature-source')).toHaveText('手工录入');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('result')).toContainText('放行');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result')).toBeHidden();
  await expect(page.locator('input[name="temperature"]')).toBeFocused();

  await page.getByRole('button', { name: '今日记录' }).click();
  const rows = page.getByTestId('today-records').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('放行');
  await expect(rows.first()).toContainText('4502**********' + LOCAL_ID.slice(-4));
  await expect(page.getByTestId('count-in')).toContainText('1');
});

test('a person measured at 38.0 °C by the serial thermometer is referred, and cannot be let in without a reason', async ({ page, station }) => {
  const pty = await createPtyPair();
  const writer = new PtyWriter(pty.device);
  // A GY-MCU90614 module streaming ambient first, then a forehead at 38.0 °C.
  let celsius = 24.0;
  const stream = setInterval(() => writer.write(encodeGyFrame(celsius, 24.0)), 50);
  try {
    const session = await setUpStation(station);
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: pty.app, baudRate: 9600, offsetCelsius: 0, autoConnect: true }, session);
    await page.goto(station.url);
    await signIn(page);
    await expect(page.getByTestId('live-reading')).toContainText('24.0');
    await page.locator('input[name="idNumber"]').fill(LOCAL_ID);
    await page.getByRole('radio', { name: '绿码' }).click();
    celsius = 38.0;
    await expect(page.locator('input[name="temperature"]')).toHaveValue('38.0');
    await expect(page.getByTestId('temperature-source')).toHaveText('测温仪读数');
    await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
    await expect(page.getByTestId('suggestion')).toContainText('发热');

    await page.getByRole('radio', { name: '改为放行' }).click();
    await expect(page.getByTestId('confirm')).toBeDisabled();
    await page.getByRole('radio', { name: '改为放行' }).click();

    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'refer');
    await expect(page.getByTestId('result')).toContainText('转卫生院');
    const { events } = await station.api('listEvents', {}, session);
    expect(events[0]).toMatchObject({ decision: 'refer', payload: { verdict: { reasons: ['fever'] }, screening: { person: { temperature: { celsius: 38, source: 'device', protocol: 'gy-mcu90614' } } } } });
  } finally {
    clearInterval(stream);
    writer.close();
    await pty.dispose();
  }
});

test('an outside taxi is turned away in two taps after the plate, and shows in the log as a turn-back', async ({ page, station }) => {
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('湘A12345');
  await expect(page.getByTestId('plate-locality')).toHaveText('外地车牌');

  await page.getByRole('radio', { name: '出租车' }).click();
  await page.getByTestId('confirm').click();

  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'turn-away');
  await expect(page.getByTestId('result')).toContainText('湘A12345');
  await page.getByTestId('result').click();

  await page.getByRole('button', { name: '今日记录' }).click();
  await page.getByRole('radio', { name: '劝返' }).first().click();
  const rows = page.getByTestId('today-records').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('湘A12345');
  await expect(page.getByTestId('count-turnedAway')).toContainText('1');
  await rows.first().click();
  const detail = page.getByTestId('record-detail');
  await expect(detail).toContainText('出租车');
  await expect(detail).toContainText('湖南');
  await expect(detail).toContainText('外地车辆，此类车辆劝返');
});

test('a local car is let through once each occupant is screened; a feverish passenger refers the car', async ({ page, station }) => {
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('桂B12345');
  await expect(page.getByTestId('plate-locality')).toHaveText('本地车牌');
  await page.getByRole('radio', { name: '私家车' }).click();
  await screenPerson(page, '36.4', LOCAL_ID);
  await page.getByRole('button', { name: '＋ 加乘员' }).click();
  await expect(page.getByTestId('missing')).toContainText('乘员2');
  await screenPerson(page, '38.1', makeCnId('450203', '19850505', '246'));
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
  await expect(page.getByTestId('suggestion')).toContainText('有乘员体温异常');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'refer');
  await page.keyboard.press('Enter');
  await expect(page.locator('input[name="plate"]')).toBeFocused();
  await page.getByRole('button', { name: '今日记录' }).click();
  await expect(page.getByTestId('today-records').locator('tbody tr').first()).toContainText('桂B12345 · 2 人');
});

test('a correction keeps the original, and both are shown', async ({ page, station }) => {
  const session = await setUpStation(station);
  await station.api('recordScreening', {
    screening: { kind: 'person', direction: 'in', person: { name: '李四', idNumber: LOCAL_ID, phone: '13800001111', temperature: { celsius: 36.5, source: 'manual' }, healthCode: { colour: 'green' } } },
    verdict: { decision: 'allow' },
  }, session);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '今日记录' }).click();
  await page.getByTestId('today-records').locator('tbody tr').first().click();
  await page.getByRole('button', { name: '更正此记录' }).click();
  await page.getByTestId('correction-form').locator('input[name="name"]').fill('李思');
  await page.locator('input[name="correctionReason"]').fill('姓名录错');
  await page.getByTestId('correction-form').getByTestId('confirm').click();

  const row = page.getByTestId('today-records').locator('tbody tr').first();
  await expect(row).toContainText('李思');
  await expect(row.getByTestId('amended')).toBeVisible();
  await row.click();
  await expect(page.getByTestId('version-original')).toContainText('李四');
  await expect(page.getByTestId('version-correction')).toContainText('李思');
  await expect(page.getByTestId('version-correction')).toContainText('姓名录错');
  await expect(page.getByTestId('version-original')).toContainText('138****1111');
});

test("a staff member sees today's log live and masked; showing the numbers asks the station, which audits it", async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '刘洋', pin: '3333', role: 'staff' }, supervisor);
  await page.goto(station.url);
  await signIn(page, { name: '刘洋', pin: '3333' });
  await page.getByRole('button', { name: '今日记录' }).click();
  // Recorded at another screen while this log is open: the pushed notice brings it in.
  await station.api('recordScreening', {
    screening: { kind: 'person', direction: 'in', person: { name: '李四', idNumber: LOCAL_ID, phone: '13800001111', temperature: { celsius: 36.5, source: 'manual' }, healthCode: { colour: 'green' } } },
    verdict: { decision: 'allow' },
  }, supervisor);
  const row = page.getByTestId('today-records').locator('tbody tr').first();
  await expect(row).toContainText('李四');
  await row.click();
  const detail = page.getByTestId('record-detail');
  await expect(detail).toContainText('138****1111');
  await expect(detail).not.toContainText(LOCAL_ID);
  await detail.getByRole('button', { name: '显示完整号码' }).click();
  await expect(detail).toContainText(LOCAL_ID);
  await expect(detail).toContainText('13800001111');

  // The list holds the number masked, yet typing it whole still finds the person (the station searches).
  await detail.getByRole('button', { name: '关闭' }).click();
  await page.locator('input[name="log-search"]').fill(LOCAL_ID);
  await expect(page.getByTestId('today-records').locator('tbody tr')).toHaveCount(1);
  await page.locator('input[name="log-search"]').fill('110101199003074514');
  await expect(page.getByText('没有符合筛选条件的记录。')).toBeVisible();

  const db = new BetterSqlite3(station.dbPath, { readonly: true });
  const reveals = db.prepare("SELECT detail FROM audit WHERE action = 'event.reveal'").all();
  db.close();
  expect(reveals).toEqual([{ detail: JSON.stringify({ seq: 1 }) }]);
});

test("a staff member's direct API calls to supervisor methods are refused by the station", async ({ station }) => {
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: '刘洋', pin: '3333', role: 'staff' }, supervisor);
  const staff = (await station.api('signIn', { name: '刘洋', pin: '3333' })).token;
  const event = await station.api('recordScreening', {
    screening: { kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A12345', vehicleType: 'taxi', occupantCount: 1 } },
    verdict: { decision: 'turn-away' },
  }, staff);
  // One call at a time: a refusal that arrived before the loop awaited it would be an unhandled rejection.
  const refused = [
    () => station.api('updateSettings', { feverThresholdCelsius: 39 }, staff),
    () => station.api('updateRuleSettings', { barredOutsideVehicleTypes: [] }, staff),
    () => station.api('addStaff', { name: '王五', pin: '5555', role: 'supervisor' }, staff),
    () => station.api('amendEvent', { targetId: event.id, payload: event.payload as never, reason: 'x' }, staff),
  ];
  for (const call of refused) await expect(call()).rejects.toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  expect((await station.api('getSettings', {})).feverThresholdCelsius).toBe(37.3);
});

/** Every visible control in the screen area is at least 48×48 px (a checkbox counts by its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main button, main input, main select, main [role="radio"], nav button')) {
      const target = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.closest('label') ?? el : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (box.height < 48 || box.width < 48) small.push(`${el.tagName.toLowerCase()}[${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 20)}] ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`kiosk at ${viewport.width}×${viewport.height}: 48 px targets, no sideways scrolling, keyboard only`, async ({ page, station }) => {
    await page.setViewportSize(viewport);
    const session = await setUpStation(station);
    await station.api('recordScreening', {
      screening: { kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A12345', vehicleType: 'taxi', occupantCount: 2 } },
      verdict: { decision: 'turn-away' },
    }, session);
    await page.goto(station.url);
    await signIn(page);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

    // Person screen by keyboard alone: type, Tab to the colour, Space, Tab on to confirm, Enter.
    await page.locator('input[name="temperature"]').focus();
    // Typed at a person's pace (3× the scanner's 50 ms key gap, so a loaded machine cannot
    // squeeze it into what looks like a USB scanner's burst ending in Tab).
    await page.keyboard.type('36.6', { delay: 150 });
    await page.keyboard.press('Tab');
    await page.keyboard.type(LOCAL_ID, { delay: 150 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: '绿码' })).toHaveAttribute('aria-checked', 'true');
    expect(await smallTargets(page)).toEqual([]);
    expect(await fits()).toBe(true);
    for (let i = 0; i < 30 && !(await page.getByTestId('confirm').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('result')).toBeHidden();

    await page.getByRole('button', { name: '车辆登记' }).click();
    await page.locator('input[name="plate"]').fill('湘A54321');
    await page.getByRole('radio', { name: '出租车' }).click();
    await expect(page.getByTestId('turn-back')).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    expect(await fits()).toBe(true);
    await page.getByRole('radio', { name: '货车/物资' }).click();
    await expect(page.getByRole('tab', { name: '乘员1' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    expect(await fits()).toBe(true);

    await page.getByRole('button', { name: '今日记录' }).click();
    const rows = page.getByTestId('today-records').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    expect(await smallTargets(page)).toEqual([]);
    expect(await fits()).toBe(true);
    // The log by keyboard: focus a row, Enter opens it, Escape goes back.
    await rows.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('record-detail')).toContainText('湘A12345');
    expect(await smallTargets(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('record-detail')).toBeHidden();
  });
}
