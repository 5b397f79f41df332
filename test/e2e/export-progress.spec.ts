import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SUPERVISOR } from '../../electron/demo/plan.ts';
import { startStationProcess, type RunningStation } from '../support/station-process.ts';
import { expect, saveScreenshot, signIn, test as base } from './fixtures.ts';

const DAY = '2026-02-01';
/** A day big enough that its export takes a few seconds, as a busy checkpoint's does. */
const RECORDS = 15_000;

/** A real `serve` on a database the `demo` command filled with one busy day. */
const test = base.extend<{ busyStation: RunningStation }>({
  busyStation: [async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'busy-day-'));
    const dbPath = join(dir, 'station.db');
    execFileSync(process.execPath, ['electron/cli/bin.mjs', 'demo', '--db', dbPath, '--from', DAY, '--days', '1', '--per-day', String(RECORDS)], { stdio: 'ignore' });
    const station = await startStationProcess({ dbPath });
    await use(station);
    await station.stop();
  }, { timeout: 170_000 }],
});

test("a supervisor exporting a busy day sees the station's progress: its stage and how far it has come", async ({ page, busyStation }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(busyStation.url);
  await signIn(page, DEMO_SUPERVISOR);
  await page.getByRole('button', { name: '日报' }).click();
  await page.locator('input[name="from"]').fill(DAY);
  await expect(page.getByTestId('figure-records')).toContainText(/\d/);

  // Every state the bar is drawn in, as the staff member would have seen it.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seenProgress: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="export-progress"]');
      const drawn = bar && `${bar.getAttribute('data-stage')}|${bar.textContent}|${bar.querySelector('progress')?.getAttribute('max') ?? ''}`;
      if (drawn && drawn !== seen.at(-1)) seen.push(drawn);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByTestId('export-bundle').click();
  // The signed bundle is written row by row: the bar names the stage and counts the records.
  await page.locator('[data-testid="export-progress"][data-stage="writing"]').waitFor();
  await saveScreenshot(page, 'report-export-progress.png');
  await expect(page.getByTestId('export-outcome')).toContainText('已导出 2 个文件', { timeout: 120_000 });
  await expect(page.getByTestId('export-progress')).toHaveCount(0);

  const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
  const stages = [...new Set(seen.map((s) => s.split('|')[0]))];
  expect(stages.indexOf('checking')).toBeLessThan(stages.indexOf('writing'));
  expect(seen.some((s) => /^writing\|正在导出 签名数据包… · 正在写入文件 [\d,]+ \/ [\d,]+\|\d+$/.test(s)), seen.join('\n')).toBe(true);
  // English nowhere on the Chinese screen.
  expect(seen.map((s) => s.split('|')[1]).join('')).not.toMatch(/[A-Za-z]/);
});
