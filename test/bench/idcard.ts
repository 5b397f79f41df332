/**
 * ID-card benchmark row for `npm run bench`: a card laid on the reader → the person form
 * filled, on a real `serve` station with a real Chromium at kiosk size and the SAM reader
 * double on a real pty at 115200 baud (the 1,295-byte answer is 112 ms on the wire). Timed
 * from the moment the double is told to lay the card to the frame in which the name shows.
 * Three made-up people take turns, each card lifted before the next is laid, at moments
 * spread over the reader's find cycle.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { TRAINING_CARDS } from '../../shared/idcard/simulated-reader.ts';
import { startDevice } from '../support/devices/start-device.ts';
import { createPtyPair } from '../support/pty.ts';
import { startStationProcess } from '../support/station-process.ts';
import { type BenchRow, percentile } from './bench-row.ts';

const PRESENTATIONS = 50;
const SUPERVISOR = { name: '王芳', pin: '246813' };
const wallNow = () => performance.timeOrigin + performance.now();

export async function benchIdCard(): Promise<BenchRow[]> {
  const pty = await createPtyPair();
  const reader = await startDevice('idcard-reader', pty.device, ['--baud', '115200']);
  const station = await startStationProcess();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const session = (await station.api('setup', { settings: { stationName: '城东卡点', stationCode: 'CD01', localRegionPrefixes: ['4502'] }, supervisor: SUPERVISOR })).token;
    const ready = reader.nextLine('sent samStatus');
    await station.api('updateIdCardSettings', { path: pty.app, baudRate: 115200, autoConnect: true }, session);
    await ready;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(station.url);
    await page.getByRole('radio', { name: SUPERVISOR.name }).check();
    await page.locator('input[name="pin"]').fill(SUPERVISOR.pin);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('person-screen').waitFor();

    const samples: number[] = [];
    for (let i = 0; i < PRESENTATIONS + 3; i++) {
      const name = TRAINING_CARDS[i % TRAINING_CARDS.length]!.name;
      await reader.tell('lift');
      // No named helpers in here: the page has no bundler __name shim. Checked every frame.
      const filled = page.evaluate(async (expected) => {
        const input = document.querySelector<HTMLInputElement>('input[name="name"]')!;
        while (input.value !== expected) await new Promise(requestAnimationFrame);
        return performance.timeOrigin + performance.now();
      }, name);
      // A person lays the card at any moment of the reader's 200 ms find cycle: spread the
      // moments evenly, or every sample would land at the same phase of the cycle.
      await new Promise((r) => setTimeout(r, (i * 37) % 250));
      const laid = wallNow();
      await reader.tell(`lay ${i % TRAINING_CARDS.length}`);
      const shown = await filled;
      if (i >= 3) samples.push(shown - laid);
    }
    return [
      { name: 'ID card laid → person form filled, p50 (115200 baud, pty reader)', value: percentile(samples, 50), unit: 'ms' },
      { name: `ID card laid → person form filled, p95 over ${PRESENTATIONS} cards`, value: percentile(samples, 95), unit: 'ms', goal: '< 400 ms' },
    ];
  } finally {
    await browser.close();
    await station.stop();
    await reader.stop();
    await pty.dispose();
  }
}
