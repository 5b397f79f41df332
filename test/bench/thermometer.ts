/**
 * Thermometer benchmark rows for `npm run bench`:
 * - frame written to a real pty → reading shown in the renderer (real `serve`, real Chromium):
 *   p50 / p95, one frame at a time about every 70 ms, as a GY-MCU90614 module streams;
 * - unplug/replug (socat pair killed and recreated on the same paths, fake GY module
 *   reopening its end) → first reading again;
 * - parser throughput in MB/s for each wire protocol, on valid frames and on random noise.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { createAsciiParser } from '../../shared/thermometer/ascii.ts';
import { createGyParser, encodeGyFrame } from '../../shared/thermometer/gy-mcu90614.ts';
import { buildReadResponse, createModbusResponseParser } from '../../shared/thermometer/modbus.ts';
import type { FrameParser } from '../../shared/thermometer/types.ts';
import { createPtyPair } from '../support/pty.ts';
import { PtyWriter } from '../support/pty-writer.ts';
import { startDevice } from '../support/devices/start-device.ts';
import { startStationProcess } from '../support/station-process.ts';
import { harness } from '../support/thermometer-harness.ts';
import { type BenchRow, percentile } from './bench-row.ts';

const LATENCY_SAMPLES = 200;
const FRAME_SPACING_MS = 70;
const PARSE_BYTES = 16 * 1024 * 1024;
const SUPERVISOR = { name: '王芳', pin: '246813' };

/** Wall-clock milliseconds with sub-ms resolution; Node and Chromium share the system clock. */
const wallNow = () => performance.timeOrigin + performance.now();

function repeatToSize(unit: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size - (size % unit.length));
  for (let at = 0; at < out.length; at += unit.length) out.set(unit, at);
  return out;
}

function noise(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let s = 987654321;
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** MB/s to feed `data` through a fresh parser in 4 KiB chunks (a serial read is far smaller). */
function throughput(make: () => FrameParser, data: Uint8Array): number {
  const run = () => {
    const parser = make();
    const start = performance.now();
    for (let at = 0; at < data.length; at += 4096) parser.push(data.subarray(at, at + 4096));
    return performance.now() - start;
  };
  run(); // warm up the JIT
  const ms = Math.min(run(), run());
  return data.length / 1e6 / (ms / 1000);
}

function parserRows(): BenchRow[] {
  const ascii = () => {
    const p = createAsciiParser();
    if (!p.ok) throw new Error(p.error);
    return p.value;
  };
  const gyFrames = repeatToSize(Uint8Array.from([...encodeGyFrame(36.55, 24.1), ...encodeGyFrame(-3.2, 24.1)]), PARSE_BYTES);
  const modbusFrames = repeatToSize(buildReadResponse(1, 3, 369), PARSE_BYTES);
  const lines = repeatToSize(Uint8Array.from('T=36.6C\r\n', (c) => c.charCodeAt(0)), PARSE_BYTES);
  const random = noise(PARSE_BYTES);
  const modbus = () => createModbusResponseParser({ slave: 1, fn: 3, scale: 0.1 });
  // A 115200-baud line carries 0.0115 MB/s; the goal leaves room for a slow kiosk PC.
  const goal = '≥ 1 MB/s';
  return [
    { name: 'thermometer parser: GY-MCU90614 frames', value: throughput(createGyParser, gyFrames), unit: 'MB/s', goal },
    { name: 'thermometer parser: GY-MCU90614 on random noise', value: throughput(createGyParser, random), unit: 'MB/s', goal },
    { name: 'thermometer parser: Modbus RTU responses', value: throughput(modbus, modbusFrames), unit: 'MB/s', goal },
    { name: 'thermometer parser: Modbus RTU on random noise', value: throughput(modbus, random), unit: 'MB/s', goal },
    { name: 'thermometer parser: ASCII lines', value: throughput(ascii, lines), unit: 'MB/s', goal },
  ];
}

/** Signs a supervisor in and opens the thermometer screen with its live reading. */
export async function signInToThermometerScreen(page: Page, url: string, supervisor: { name: string; pin: string } = SUPERVISOR): Promise<void> {
  await page.goto(url);
  await page.getByRole('radio', { name: supervisor.name }).check();
  await page.locator('input[name="pin"]').fill(supervisor.pin);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '体温计' }).click();
  await page.getByTestId('live-reading').waitFor();
}

/** Arms an observer in the page that stamps the wall-clock time when the live reading shows `text`. */
function armWatcher(page: Page, text: string): Promise<void> {
  return page.evaluate((expected) => {
    const w = window as unknown as { shownAt: number | null };
    w.shownAt = null;
    const el = document.querySelector('[data-testid="live-reading"]')!;
    const observer = new MutationObserver(() => {
      if (el.textContent?.startsWith(expected)) {
        w.shownAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(el, { childList: true, characterData: true, subtree: true });
  }, text);
}

/** Streams frames until the service is receiving: before any data it may be between silence retries. */
export async function streamUntilReceiving(page: Page, writer: PtyWriter): Promise<void> {
  const warmUp = setInterval(() => writer.write(encodeGyFrame(25, 24)), 50);
  await page.locator('[data-testid="thermometer-state"][data-state="receiving"]').waitFor({ timeout: 15_000 }).finally(() => clearInterval(warmUp));
}

/** `count` frames written to the pty one at a time, about every 70 ms: each one's ms until the screen shows it. */
export async function frameLatencies(page: Page, writer: PtyWriter, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = -10; i < count; i++) {
    // Consecutive values differ, so each frame changes what is on screen.
    const celsius = 30 + (((i + 10) % 90) + 1) / 10;
    const text = celsius.toFixed(1);
    await armWatcher(page, text);
    const writtenAt = wallNow();
    writer.write(encodeGyFrame(celsius, 24));
    await page.waitForFunction(() => (window as unknown as { shownAt: number | null }).shownAt !== null, null, { timeout: 5000, polling: 5 });
    const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
    if (i >= 0) samples.push(shownAt - writtenAt); // the first ten warm up the path
    await new Promise((r) => setTimeout(r, Math.max(0, FRAME_SPACING_MS - (wallNow() - writtenAt))));
  }
  return samples;
}

async function latencyRows(): Promise<BenchRow[]> {
  if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'renderer', 'index.html'))) {
    throw new Error('thermometer bench needs the built renderer: run `npm run build` first');
  }
  const pty = await createPtyPair();
  const station = await startStationProcess();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const writer = new PtyWriter(pty.device);
  try {
    const supervisor = (await station.api('setup', { settings: { stationName: 'bench', stationCode: 'B1' }, supervisor: SUPERVISOR })).token;
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: pty.app, autoConnect: true }, supervisor);
    const page = await browser.newPage();
    await signInToThermometerScreen(page, station.url);
    await streamUntilReceiving(page, writer);
    const samples = await frameLatencies(page, writer, LATENCY_SAMPLES);
    return [
      { name: `thermometer: frame on the pty → live reading on screen, p50 (n=${LATENCY_SAMPLES})`, value: percentile(samples, 50), unit: 'ms', goal: '' },
      { name: `thermometer: frame on the pty → live reading on screen, p95 (n=${LATENCY_SAMPLES})`, value: percentile(samples, 95), unit: 'ms', goal: '< 20 ms' },
    ];
  } finally {
    writer.close();
    await browser.close();
    await station.stop();
    await pty.dispose();
  }
}

const REPLUG_CYCLES = 8;

async function replugRows(): Promise<BenchRow[]> {
  const pty = await createPtyPair();
  const device = await startDevice('gy-module', pty.device, ['--interval', '70']);
  const h = harness();
  try {
    await h.connect({ protocol: 'gy-mcu90614', path: pty.app });
    await h.readingsAfter(3);
    const samples: number[] = [];
    for (let i = 0; i < REPLUG_CYCLES; i++) {
      await pty.unplug();
      await h.until(() => h.service.status().state === 'error', 'error after unplug');
      await new Promise((r) => setTimeout(r, 300 + 150 * i)); // different points in the retry backoff
      const before = h.readings.length;
      await pty.replug();
      const pluggedAt = performance.now();
      await h.until(() => h.readings.length > before, 'readings after replug', 10_000);
      samples.push(performance.now() - pluggedAt);
    }
    return [
      { name: `thermometer: replug → readings again, p50 (n=${REPLUG_CYCLES})`, value: percentile(samples, 50), unit: 'ms', goal: '' },
      { name: `thermometer: replug → readings again, worst (n=${REPLUG_CYCLES})`, value: Math.max(...samples), unit: 'ms', goal: '< 2000 ms' },
    ];
  } finally {
    await h.service.disconnect();
    await device.stop();
    await pty.dispose();
  }
}

export async function benchThermometer(): Promise<BenchRow[]> {
  return [...(await latencyRows()), ...(await replugRows()), ...parserRows()];
}
