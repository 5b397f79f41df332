/**
 * A day at the barrier: a staff member at 1280×800 with a GY-MCU90614 module on a real pty,
 * a keyboard-wedge scanner and the fake camera, against a real `serve`. One test per defect
 * found by trying the station as a new user would (issue 10); each failed on the old main.
 */
import type { Page } from '@playwright/test';
import type { StationEvent } from '../../shared/domain/event.ts';
import { makeCnId } from '../support/cn-id-maker.ts';
import type { RunningStation } from '../support/station-process.ts';
import { AIR, foreheadModule, type Forehead } from '../support/forehead.ts';
import { expect, saveScreenshot, setUpStation, signIn, test as base } from './fixtures.ts';

const ID_1 = makeCnId('450203', '19900101', '123');
const ID_2 = makeCnId('450203', '19850505', '246');
const ID_3 = makeCnId('450203', '19770707', '357');

/** Signed in at the person screen, the thermometer connected and reading the air. */
const test = base.extend<{ forehead: Forehead; session: string }>({
  forehead: async ({}, use) => {
    const forehead = await foreheadModule();
    await use(forehead);
    await forehead.stop();
  },
  session: async ({ station, forehead, page }, use) => {
    const session = await setUpStation(station);
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: forehead.path, baudRate: 9600, offsetCelsius: 0, autoConnect: true }, session);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(station.url);
    await signIn(page);
    await expect(page.getByTestId('live-reading')).toContainText(AIR.toFixed(1));
    await use(session);
  },
});

/** A USB scanner's burst, dispatched inside the page so load cannot stretch its key gaps. */
async function wedgeScan(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    for (const key of [...t, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, text);
}

/** Waits until the station has decoded `n` more frames: the module kept showing what it showed. */
async function framesGoBy(station: RunningStation, session: string, n: number) {
  const from = (await station.api('thermometerDiagnostics', {}, session)).counters.frames;
  await expect.poll(async () => (await station.api('thermometerDiagnostics', {}, session)).counters.frames).toBeGreaterThanOrEqual(from + n);
}

async function records(station: RunningStation, session: string): Promise<StationEvent[]> {
  return (await station.api('listEvents', {}, session)).events;
}

const temperatureOf = (e: StationEvent, occupant?: number) => {
  const s = (e.payload as { screening: { person?: { temperature?: unknown }; vehicle?: { occupants: { temperature?: unknown }[] } } }).screening;
  return occupant === undefined ? s.person?.temperature : s.vehicle?.occupants[occupant]?.temperature;
};

test('1. each occupant keeps their own reading; a feverish occupant refers the vehicle', async ({ page, station, forehead, session }) => {
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('桂B12345');
  await page.getByRole('radio', { name: '货车/物资' }).click();
  const temperature = page.locator('input[name="temperature"]');

  await page.locator('input[name="idNumber"]').fill(ID_1);
  forehead.set(38.2);
  await expect(temperature).toHaveValue('38.2');
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
  forehead.set(AIR);
  await expect(page.getByTestId('live-reading')).toContainText(AIR.toFixed(1));

  await page.getByRole('button', { name: '＋ 加乘员' }).click();
  await expect(temperature).toHaveValue('');
  await page.locator('input[name="idNumber"]').fill(ID_2);
  forehead.set(36.5);
  await expect(temperature).toHaveValue('36.5');
  await framesGoBy(station, session, 10);

  await page.getByRole('tab', { name: '乘员1' }).click();
  // Occupant 2 is still in front of the sensor: their reading must not become occupant 1's.
  await framesGoBy(station, session, 10);
  await expect(temperature).toHaveValue('38.2');
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
  await expect(page.getByTestId('occupant-verdicts')).toHaveText('乘员1 转诊：体温异常（发热）');
  await page.getByRole('tab', { name: '乘员2' }).click();
  await expect(temperature).toHaveValue('36.5');
  await page.getByRole('radio', { name: '绿码' }).click();
  await saveScreenshot(page, 'screening-vehicle-occupants-zh-CN.png');

  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'refer');
  const [car] = await records(station, session);
  expect(temperatureOf(car!, 0)).toMatchObject({ celsius: 38.2, source: 'device' });
  expect(temperatureOf(car!, 1)).toMatchObject({ celsius: 36.5, source: 'device' });
});

test("2. the previous person's reading never carries over to the next", async ({ page, station, forehead, session }) => {
  const temperature = page.locator('input[name="temperature"]');
  forehead.set(36.4);
  await expect(temperature).toHaveValue('36.4');
  await wedgeScan(page, ID_1);
  await page.getByRole('radio', { name: '绿码' }).click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result')).toBeHidden();

  // The first person still stands there a moment, then walks on: the sensor reads the air.
  await framesGoBy(station, session, 10);
  forehead.set(AIR);
  await expect(page.getByTestId('live-reading')).toContainText(AIR.toFixed(1));
  await expect(temperature).toHaveValue('');
  await expect(page.getByTestId('captured-reading')).toContainText('––.–');

  await wedgeScan(page, ID_2);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('missing')).toContainText('体温');
  await expect(page.getByTestId('confirm')).toBeDisabled();

  // 清空 forgets a reading too.
  forehead.set(37.9);
  await expect(temperature).toHaveValue('37.9');
  await page.getByRole('button', { name: '清空' }).click();
  await expect(temperature).toHaveValue('');
  await expect(page.getByTestId('captured-reading')).toContainText('––.–');
  await framesGoBy(station, session, 10);
  await expect(temperature).toHaveValue('');

  // The next person steps up: their own reading, recorded as theirs.
  forehead.set(AIR);
  await expect(page.getByTestId('live-reading')).toContainText(AIR.toFixed(1));
  await wedgeScan(page, ID_3);
  await page.getByRole('radio', { name: '绿码' }).click();
  forehead.set(36.9);
  await expect(temperature).toHaveValue('36.9');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  const [latest, first] = await records(station, session);
  expect(temperatureOf(first!)).toMatchObject({ celsius: 36.4, source: 'device' });
  expect(temperatureOf(latest!)).toMatchObject({ celsius: 36.9, source: 'device' });
});

test('3. a scan while the temperature has focus leaves the device reading as it was', async ({ page, station, forehead, session }) => {
  // A slow Bluetooth scanner's timing: generous enough that a loaded machine cannot split a burst.
  await station.api('updateScannerSettings', { burstMaxGapMs: 300 }, session);
  await page.reload();
  const temperature = page.locator('input[name="temperature"]');
  await expect(temperature).toBeVisible();
  for (const [celsius, id] of [[36.4, ID_1], [36.6, ID_2], [36.5, ID_3]] as const) {
    forehead.set(celsius);
    await expect(temperature).toHaveValue(celsius.toFixed(1));
    await expect(page.getByTestId('temperature-source')).toHaveText('测温仪读数');
    // Dismissing the last result left the caret in 体温: the scanner types into it.
    await temperature.focus();
    await page.keyboard.type(id);
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="idNumber"]')).toHaveValue(id);
    await expect(temperature).toHaveValue(celsius.toFixed(1));
    await expect(page.getByTestId('temperature-source')).toHaveText('测温仪读数');
    await page.getByRole('radio', { name: '绿码' }).click();
    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('result')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(temperature).toBeFocused();
    forehead.set(AIR);
    await expect(page.getByTestId('live-reading')).toContainText(AIR.toFixed(1));
  }
  const recorded = (await records(station, session)).map((e) => temperatureOf(e));
  expect(recorded.reverse()).toMatchObject([36.4, 36.6, 36.5].map((celsius) => ({ celsius, source: 'device' })));

  // A person typing into 体温 is still typing, marked as typed.
  await temperature.focus();
  await page.keyboard.type('372', { delay: 150 });
  await expect(temperature).toHaveValue('372');
  await expect(page.getByTestId('temperature-source')).toHaveText('手工录入');
});

test('4. a wrong ID number is never "normal": it is a reason, and is recorded only with a stated one', async ({ page, station, forehead, session }) => {
  const wrongCheck = ID_1.slice(0, 17) + (ID_1[17] === '1' ? '2' : '1');
  forehead.set(36.5);
  await expect(page.locator('input[name="temperature"]')).toHaveValue('36.5');
  await wedgeScan(page, wrongCheck);
  await page.getByRole('radio', { name: '绿码' }).click();
  const suggestion = page.getByTestId('suggestion');
  await expect(suggestion).toContainText('身份证号校验位错误，请核对');
  await expect(suggestion).not.toContainText('各项检查正常');
  await expect(page.getByTestId('confirm')).toBeDisabled();

  // 17 digits: the same.
  await page.locator('input[name="idNumber"]').fill(ID_1.slice(0, 17));
  await expect(suggestion).toContainText('身份证号位数或格式有误，请核对');
  await expect(page.getByTestId('confirm')).toBeDisabled();

  await page.locator('input[name="idNumber"]').fill(wrongCheck);
  await page.locator('input[name="overrideReason"]').fill('证件磨损，已核对本人');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('result')).toContainText('身份证号校验位错误');
  await expect(page.getByTestId('result')).toContainText('证件磨损，已核对本人');
  const [event] = await records(station, session);
  expect(event!.payload).toMatchObject({ verdict: { reasons: ['id-check-char', 'override'] }, overrideReason: '证件磨损，已核对本人' });
  await page.keyboard.press('Enter');

  // The station judges it too: a client that skips the screen is refused without a reason.
  const direct = station.api('recordScreening', {
    screening: { kind: 'person', direction: 'in', person: { idNumber: wrongCheck, temperature: { celsius: 36.5, source: 'manual' }, healthCode: { colour: 'green' } } },
    verdict: { decision: 'allow' },
  }, session);
  await expect(direct).rejects.toMatchObject({ status: 400 });

  await page.getByRole('button', { name: '今日记录' }).click();
  await page.getByTestId('today-records').locator('tbody tr').first().click();
  await expect(page.getByTestId('record-detail')).toContainText('身份证号校验位错误，请核对');
  await expect(page.getByTestId('record-note')).toContainText('证件磨损，已核对本人');
});

test('5. a plate by tapping its province; a plate that is no plate is never turned back on its own; plates are stored and found in one spelling', async ({ page, station, session }) => {
  await page.getByRole('button', { name: '车辆登记' }).click();
  const plate = page.locator('input[name="plate"]');
  // The station's own province comes first in the row.
  await expect(page.getByTestId('province-row').getByRole('button').first()).toHaveText('桂');
  await page.getByTestId('province-row').getByRole('button', { name: '粤', exact: true }).click();
  await expect(plate).toBeFocused();
  await page.keyboard.type('a·12345', { delay: 150 });
  await expect(plate).toHaveValue('粤A·12345');
  await saveScreenshot(page, 'screening-vehicle-province-zh-CN.png');
  await expect(page.getByTestId('plate-locality')).toHaveText('外地车牌');
  await page.getByRole('radio', { name: '出租车' }).click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'turn-away');
  await page.keyboard.press('Enter');
  const [taxi] = await records(station, session);
  expect(taxi!.payload).toMatchObject({ screening: { vehicle: { plate: '粤A12345' } } });

  // No province: the format is wrong, so nobody can tell it is outside; it is not turned back on its own.
  await plate.fill('B12345');
  await page.getByRole('radio', { name: '私家车' }).click();
  await expect(page.getByTestId('suggestion')).toContainText('车牌号格式有误，请核对');
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('confirm')).toBeDisabled();
  // Tapping 桂 fixes it.
  await page.getByTestId('province-row').getByRole('button', { name: '桂', exact: true }).click();
  await expect(plate).toHaveValue('桂B12345');
  await expect(page.getByTestId('plate-locality')).toHaveText('本地车牌');

  await page.getByRole('button', { name: '今日记录' }).click();
  await page.locator('input[name="log-search"]').fill('粤A12345');
  await expect(page.getByTestId('today-records').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('today-records').locator('tbody tr').first()).toContainText('粤A12345');
});

test('6. on the vehicle screen the scanners fill the occupant on show, and the camera is there', async ({ page, station, session }) => {
  await station.api('updateScannerSettings', { burstMaxGapMs: 300 }, session);
  await page.reload();
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('桂B12345');
  await page.getByRole('radio', { name: '货车/物资' }).click();
  await expect(page.getByRole('button', { name: '摄像头扫码' })).toBeVisible();
  const id = page.locator('input[name="idNumber"]');
  // The wedge types into the focused occupant ID field: the scan, not its keystrokes, fills it.
  await id.focus();
  await page.keyboard.type(ID_1);
  await page.keyboard.press('Enter');
  await expect(id).toHaveValue(ID_1);

  await page.getByRole('button', { name: '＋ 加乘员' }).click();
  await expect(id).toHaveValue('');
  await wedgeScan(page, ID_2);
  await expect(id).toHaveValue(ID_2);
  await page.getByRole('tab', { name: '乘员1' }).click();
  await expect(id).toHaveValue(ID_1);
});

test('8. an ambulance on the green channel goes through in three taps after the plate; its occupants stay an open task until completed', async ({ page, station, session }) => {
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.locator('input[name="plate"]').fill('湘A12345');
  await page.getByRole('radio', { name: '应急车辆' }).click();
  await page.getByTestId('fast-path').getByRole('radio', { name: '救护车' }).click();
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'allow');
  await expect(page.getByTestId('suggestion')).toContainText('绿色通道快速放行，乘员待补登');
  await saveScreenshot(page, 'screening-green-channel-zh-CN.png');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  await page.keyboard.press('Enter');
  const [ambulance] = await records(station, session);
  expect(ambulance!.payload).toMatchObject({ screening: { vehicle: { plate: '湘A12345', greenChannel: '救护车', occupantsLater: true, occupants: [] } } });

  // A staff record cannot waive the occupants; only a supervisor's correction can.
  const waived = station.api('recordScreening', {
    screening: { kind: 'vehicle', direction: 'in', vehicle: { plate: '湘A54321', vehicleType: 'emergency', occupantCount: 1, greenChannel: '救护车', occupantsLater: true, occupantsWaived: '不需要' } },
    verdict: { decision: 'allow' },
  }, session);
  await expect(waived).rejects.toMatchObject({ status: 400 });

  await page.getByRole('button', { name: '今日记录' }).click();
  const row = page.getByTestId('today-records').locator('tbody tr').first();
  await expect(row.getByTestId('occupants-pending')).toBeVisible();
  await row.click();
  await page.getByRole('button', { name: '更正此记录' }).click();
  const form = page.getByTestId('correction-form');
  await form.getByRole('button', { name: '＋ 加乘员' }).click();
  await form.locator('input[name="temperature"]').fill('36.6');
  await form.locator('input[name="idNumber"]').fill(ID_1);
  await form.getByRole('radio', { name: '绿码' }).click();
  await page.locator('input[name="correctionReason"]').fill('补登司机');
  await form.getByTestId('confirm').click();
  await expect(row.getByTestId('amended')).toBeVisible();
  await expect(row.getByTestId('occupants-pending')).toBeHidden();
});
