/**
 * Screening benchmark rows for `npm run bench`, on a real `serve` with a busy demo day and a
 * real Chromium at kiosk size:
 * - a typed/captured temperature, and a USB-scanner burst, → the suggestion on screen (p50/p95);
 * - confirm → record durable (the station answered after its fsync) and the result shown,
 *   and → the record shown in the log open on another screen;
 * - cold start of `serve` → the sign-in screen usable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { cnIdCheckChar } from '../../shared/decode/cn-id.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { runCli } from '../support/run-cli.ts';
import { startStationProcess } from '../support/station-process.ts';
import { type BenchRow, percentile } from './bench-row.ts';

const SAMPLES = 200;
const CONFIRMS = 50;
const COLD_STARTS = 3;
const DEMO_PER_DAY = 2000;
/** The demo station's supervisor and county (see `station demo`). */
const DEMO_SUPERVISOR = { name: '李主任', pin: '258000' };
const withCheck = (body: string) => body + cnIdCheckChar(body)!;
const LOCAL_ID = withCheck('45032119800101123');
/** Beijing Dongcheng: outside the demo county. */
const OUTSIDE_ID = withCheck('11010119850505123');
const wallNow = () => performance.timeOrigin + performance.now();

async function signIn(page: Page, url: string, route: string) {
  await page.goto(url);
  await page.getByRole('radio', { name: DEMO_SUPERVISOR.name }).check();
  await page.locator('input[name="pin"]').fill(DEMO_SUPERVISOR.pin);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('status-staff').getByText(DEMO_SUPERVISOR.name).waitFor();
  await page.evaluate((r) => { window.location.hash = `#/${r}`; }, route);
}

/** In the page: sets the temperature box as typing would, and times until the suggestion flips. */
function temperatureToDecision(page: Page, samples: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const input = document.querySelector<HTMLInputElement>('input[name="temperature"]')!;
    const suggestion = document.querySelector('[data-testid="suggestion"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: number[] = [];
    for (let i = 0; i < n + 10; i++) {
      const [value, expected] = i % 2 === 0 ? ['38.0', 'refer'] : ['36.5', 'allow'];
      const shown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (suggestion.getAttribute('data-decision') === expected) { observer.disconnect(); resolve(); }
        });
        observer.observe(suggestion, { attributes: true });
      });
      const start = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await shown;
      await new Promise(requestAnimationFrame); // the frame that paints it
      if (i >= 10) out.push(performance.now() - start);
    }
    return out;
  }, samples);
}

/**
 * In the page: a keyboard-wedge scanner types an ID number; times Enter → the decision bar
 * judging it. A local and an outside number alternate: an outside person coming in still has
 * to register, so the bar's "still needed" line comes and goes with each scan. (A health code's
 * own colour is only a hint and never changes the decision: staff tap the colour.)
 */
function scanToDecision(page: Page, samples: number, ids: { local: string; outside: string }): Promise<number[]> {
  return page.evaluate(async ({ n, local, outside }) => {
    const suggestion = document.querySelector('[data-testid="suggestion"]')!;
    // No named helper functions in here: the page does not have the bundler's __name shim.
    const out: number[] = [];
    for (let i = 0; i < n + 10; i++) {
      const [id, missing] = i % 2 === 0 ? [outside, true] : [local, false];
      for (const ch of id) window.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true, cancelable: true }));
      const shown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if ((suggestion.querySelector('[data-testid="missing"]') !== null) === missing) { observer.disconnect(); resolve(); }
        });
        observer.observe(suggestion, { childList: true, subtree: true });
      });
      const start = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await shown;
      await new Promise(requestAnimationFrame);
      if (i >= 10) out.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 120)); // a pause between people ends the burst
    }
    return out;
  }, { n: samples, ...ids });
}

async function fillPerson(page: Page) {
  await page.locator('input[name="temperature"]').fill('36.5');
  await page.locator('input[name="idNumber"]').fill(LOCAL_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
}

/** Arms the log page to stamp the wall time when a new newest row appears. */
function armLog(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { loggedAt: number | null };
    w.loggedAt = null;
    const body = document.querySelector('[data-testid="today-records"] tbody')!;
    const first = body.firstElementChild?.getAttribute('data-seq');
    const observer = new MutationObserver(() => {
      if (body.firstElementChild?.getAttribute('data-seq') !== first) { w.loggedAt = performance.timeOrigin + performance.now(); observer.disconnect(); }
    });
    observer.observe(body, { childList: true });
  });
}

async function confirmRows(browser: Browser, url: string): Promise<BenchRow[]> {
  const screen = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const log = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await signIn(screen, url, 'person');
  await signIn(log, url, 'today');
  await log.getByTestId('today-records').locator('tbody tr').first().waitFor();
  const saved: number[] = [];
  const logged: number[] = [];
  for (let i = 0; i < CONFIRMS; i++) {
    await fillPerson(screen);
    await armLog(log);
    // Both ends stamped in the page: Playwright's own round trips stay out of the figure.
    const [t0, t1] = await screen.evaluate(async () => {
      const shown = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="result"]')) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      const start = performance.timeOrigin + performance.now();
      document.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
      return [start, await shown];
    });
    await log.waitForFunction(() => (window as unknown as { loggedAt: number | null }).loggedAt !== null, null, { polling: 5 });
    const t2 = await log.evaluate(() => (window as unknown as { loggedAt: number }).loggedAt);
    saved.push(t1 - t0);
    logged.push(t2 - t0);
    await screen.keyboard.press('Enter');
  }
  await screen.close();
  await log.close();
  return [
    { name: `screening: confirm → durable (fsync) and result on screen, p95 (n=${CONFIRMS})`, value: percentile(saved, 95), unit: 'ms', goal: '' },
    { name: `screening: confirm → shown in the log on another screen, p95 (n=${CONFIRMS})`, value: percentile(logged, 95), unit: 'ms', goal: '< 500 ms' },
  ];
}

async function coldStart(browser: Browser, dbPath: string): Promise<number> {
  const page = await browser.newPage();
  const t0 = wallNow();
  const station = await startStationProcess({ dbPath });
  try {
    await page.goto(station.url);
    await page.getByRole('radio', { name: DEMO_SUPERVISOR.name }).waitFor();
    return wallNow() - t0;
  } finally {
    await page.close();
    await station.stop();
  }
}

export async function benchScreening(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-screening-'));
  const dbPath = join(dir, 'station.db');
  // Yesterday whole and today up to now: the demo never dates a record ahead of the clock.
  const yesterday = localDateAndOffset(new Date(Date.now() - 86_400_000), 'Asia/Shanghai').localDate;
  const demo = await runCli(['demo', '--db', dbPath, '--from', yesterday, '--days', '2', '--per-day', String(DEMO_PER_DAY), '--seed', '5']);
  if (demo.code !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const starts: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) starts.push(await coldStart(browser, dbPath));
    const station = await startStationProcess({ dbPath });
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      await signIn(page, station.url, 'person');
      await fillPerson(page);
      const typed = await temperatureToDecision(page, SAMPLES);
      const scanned = await scanToDecision(page, SAMPLES, { local: LOCAL_ID, outside: OUTSIDE_ID });
      await page.close();
      return [
        { name: `screening: temperature in → decision on screen, p50 (n=${SAMPLES})`, value: percentile(typed, 50), unit: 'ms', goal: '' },
        { name: `screening: temperature in → decision on screen, p95 (n=${SAMPLES})`, value: percentile(typed, 95), unit: 'ms', goal: '< 50 ms' },
        { name: `screening: scanner burst (ID number) → decision on screen, p50 (n=${SAMPLES})`, value: percentile(scanned, 50), unit: 'ms', goal: '' },
        { name: `screening: scanner burst (ID number) → decision on screen, p95 (n=${SAMPLES})`, value: percentile(scanned, 95), unit: 'ms', goal: '< 50 ms' },
        ...await confirmRows(browser, station.url),
        { name: `screening: cold start of serve (${DEMO_PER_DAY} records a day, yesterday and today so far) → sign-in usable, median of ${COLD_STARTS}`, value: percentile(starts, 50), unit: 'ms', goal: '< 1500 ms' },
      ];
    } finally {
      await station.stop();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
