/**
 * Screenshots of the screening workflow for the README, in Chinese and English, at kiosk size
 * (1280×800) plus one full-HD person screen. Not a test: run it when the screens change.
 *
 *   npm run build && npx tsx test/screenshots/screening.shots.ts
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

const OUT = import.meta.dirname;
const LANGS = ['zh-CN', 'en'] as const;
const KIOSK = { width: 1280, height: 800 };
const ID = ((body) => body + cnIdCheckChar(body)!)('43010219850505234');

async function open(browser: Browser, url: string, lang: string, viewport = KIOSK): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: lang });
  await page.addInitScript((l) => localStorage.setItem('checkpoint-station.language', l), lang);
  await page.goto(url);
  return page;
}

async function shot(page: Page, name: string, lang: string) {
  await page.waitForTimeout(250); // let fonts and transitions settle
  await page.screenshot({ path: join(OUT, `screening-${name}-${lang}.png`) });
}

async function setupShots(browser: Browser) {
  const station = await startStationProcess();
  try {
    for (const lang of LANGS) {
      const page = await open(browser, station.url, lang, { width: 1280, height: 900 });
      await page.locator('input[name="stationName"]').fill(lang === 'en' ? 'Xincun road checkpoint' : '新村路口卡点');
      await page.locator('input[name="stationCode"]').fill('XC-01');
      await page.locator('input[name="township"]').fill(lang === 'en' ? 'Baisha' : '白沙镇');
      await page.locator('input[name="village"]').fill(lang === 'en' ? 'Xincun' : '新村');
      await page.locator('input[name="regions"]').fill('450321');
      await page.locator('input[name="plates"]').fill('桂C');
      await page.locator('input[name="supervisorName"]').fill('李主任');
      await shot(page, 'setup', lang);
      await page.close();
    }
  } finally {
    await station.stop();
  }
}

async function signIn(page: Page) {
  await page.locator('.choice').filter({ hasText: '李主任' }).click();
  await page.locator('input[name="pin"]').fill('258000');
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('person-screen').waitFor();
}

async function workflowShots(browser: Browser) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  const dbPath = join(dir, 'station.db');
  const today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
  const demo = await runCli(['demo', '--db', dbPath, '--from', today, '--days', '1', '--per-day', '240', '--seed', '11']);
  if (demo.code !== 0) throw new Error(demo.stderr);
  const station = await startStationProcess({ dbPath });
  try {
    for (const lang of LANGS) {
      const page = await open(browser, station.url, lang);
      await signIn(page);
      await page.locator('input[name="temperature"]').fill('38.2');
      await page.locator('input[name="idNumber"]').fill(ID);
      await page.locator('.code-green').click();
      await page.locator('input[name="name"]').fill('张伟');
      await page.locator('input[name="phone"]').fill('13812345678');
      await page.locator('input[name="origin"]').fill('长沙');
      await shot(page, 'person', lang);
      if (lang === 'zh-CN') {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await shot(page, 'person-1920', lang);
        await page.setViewportSize(KIOSK);
      }
      await page.locator('input[name="reason"]').fill(lang === 'en' ? 'visiting family' : '探亲');
      await page.getByTestId('confirm').click();
      await page.getByTestId('result').waitFor();
      await shot(page, 'result', lang);
      await page.keyboard.press('Enter');

      await page.evaluate(() => { window.location.hash = '#/vehicle'; });
      await page.locator('input[name="plate"]').fill('湘A·12345');
      await page.locator('.vehicle-types button').nth(1).click();
      await page.getByTestId('turn-back').waitFor();
      await shot(page, 'vehicle', lang);

      await page.evaluate(() => { window.location.hash = '#/today'; });
      await page.getByTestId('today-records').waitFor();
      await shot(page, 'log', lang);
      await page.getByTestId('amended').first().locator('xpath=ancestor::tr').click();
      await page.getByTestId('record-detail').waitFor();
      await shot(page, 'log-correction', lang);
      await page.close();
    }
  } finally {
    await station.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  await setupShots(browser);
  await workflowShots(browser);
  process.stdout.write(`screenshots written to ${OUT}\n`);
} finally {
  await browser.close();
}
