import { encodeGyFrame } from '../../shared/thermometer/gy-mcu90614.ts';
import { createPtyPair, type PtyPair } from '../support/pty.ts';
import { PtyWriter } from '../support/pty-writer.ts';
import { expect, saveScreenshot, setUpStation, signIn, SUPERVISOR, test } from './fixtures.ts';


/** A GY-MCU90614 module on the device end of the pty: streams the current value every 50 ms. */
function streamingModule(pty: PtyPair) {
  const writer = new PtyWriter(pty.device);
  let celsius = 25;
  let paused = false;
  const timer = setInterval(() => { if (!paused) writer.write(encodeGyFrame(celsius, 24.5)); }, 50);
  return {
    set(value: number) { celsius = value; },
    /** Holds the stream, so a single frame stays among the last ones the diagnostics list. */
    pause(on: boolean) { paused = on; },
    writer,
    stop() { clearInterval(timer); writer.close(); },
  };
}

test('bytes on the serial line become the live reading, a steady run the captured one, and unplug/replug shows', async ({ page, station }) => {
  const pty = await createPtyPair();
  const module = streamingModule(pty);
  try {
    const supervisor = await setUpStation(station);
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: pty.app, baudRate: 9600, offsetCelsius: 0.2, autoConnect: true }, supervisor);

    await page.goto(station.url);
    await signIn(page);
    await page.getByRole('button', { name: '体温计' }).click();
    await expect(page.getByTestId('thermometer-screen')).toBeVisible();

    // Ambient: shown live, not a body temperature.
    await expect(page.getByTestId('live-reading')).toContainText('25.2');
    await expect(page.getByTestId('remeasure')).toBeVisible();
    await expect(page.getByTestId('captured-reading')).toContainText('––.–');
    await expect(page.getByTestId('thermometer-state')).toHaveAttribute('data-state', 'receiving');
    await expect(page.getByTestId('status-thermometer')).toContainText('接收中');

    // A person steps up: a steady run becomes the captured reading (offset applied).
    module.set(36.3);
    await expect(page.getByTestId('live-reading')).toContainText('36.5');
    await expect(page.getByTestId('captured-reading')).toContainText('36.5');
    await expect(page.getByTestId('captured-reading')).toHaveAttribute('data-how', 'steady');
    await expect(page.getByTestId('remeasure')).toBeHidden();

    // Diagnostics: the start command went out, frames came in.
    await expect(page.getByTestId('raw-hex')).toContainText('→ A5 45 EA');
    await expect(page.getByTestId('raw-hex')).toContainText('← 5A 5A 45 04');
    await expect(page.getByTestId('decoded-frames')).toContainText('36.3 °C');
    await saveScreenshot(page.getByTestId('live-temperature'), 'thermometer-live.png');

    // A corrupted frame is counted, never shown. (The stream holds meanwhile: at 20 frames a
    // second the row would scroll out of the list of the last frames before it is read.)
    module.pause(true);
    const bad = encodeGyFrame(39.9, 24.5);
    bad[8] = bad[8]! ^ 0xff;
    module.writer.write(bad);
    await expect(page.getByTestId('decoded-frames')).toContainText('校验错误');
    await expect(page.getByTestId('last-error')).toContainText('checksum');
    await saveScreenshot(page, 'thermometer-diagnostics.png', { fullPage: true });
    await expect(page.getByTestId('live-reading')).not.toContainText('40.1');
    module.pause(false);

    // Cable pulled and put back on the same path: the UI shows the fault, then readings again.
    await pty.unplug();
    module.writer.close();
    await expect(page.getByTestId('thermometer-state')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('status-thermometer')).toContainText('故障');
    // No stale number beside 故障: the live reading is blank until the device talks again.
    await expect(page.getByTestId('live-reading')).toContainText('––.–');
    await pty.replug();
    module.set(37.9);
    await expect(page.getByTestId('thermometer-state')).toHaveAttribute('data-state', 'receiving');
    await expect(page.getByTestId('live-reading')).toContainText('38.1');
    await expect(page.getByTestId('captured-reading')).toContainText('38.1');
  } finally {
    module.stop();
    await pty.dispose();
  }
});

test('the settings screen saves a Modbus preset and a failing test connection says why', async ({ page, station }) => {
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '体温计' }).click();
  await page.locator('select[name="protocol"]').selectOption('modbus');
  await page.locator('select[name="preset"]').selectOption('omega-os-miniusb');
  await expect(page.locator('input[name="register"]')).toHaveValue('0x0E');
  await page.locator('input[name="port"]').fill('/nonexistent/ttyUSB3');
  await page.locator('input[name="offset"]').fill('0.5');
  await page.getByRole('button', { name: '保存并应用' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();
  const session = (await station.api('signIn', SUPERVISOR)).token;
  expect(await station.api('getThermometerSettings', {}, session)).toMatchObject({
    protocol: 'modbus', path: '/nonexistent/ttyUSB3', offsetCelsius: 0.5, modbus: { register: 0x0e, fn: 3, scale: 0.1 },
  });
  await page.getByRole('button', { name: '测试连接' }).click();
  // In Chinese; the system's own English line stays in the diagnostics (and on hover).
  await expect(page.getByTestId('test-result')).toContainText('无法打开串口');
  await expect(page.getByTestId('test-result').getByTestId('device-detail')).toHaveAttribute('title', /cannot open \/nonexistent\/ttyUSB3/);
});
