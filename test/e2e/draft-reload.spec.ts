/**
 * Issue 10, item 12: a reload mid-form (F5, a renderer crash, the kiosk browser restarting its
 * page) used to lose the person being registered. The station now keeps the draft in its
 * memory for the session; the reading is not kept, and the screen says to measure again.
 */
import type { Page } from '@playwright/test';
import { makeCnId } from '../support/cn-id-maker.ts';
import { expect, saveScreenshot, setUpStation, signIn, test } from './fixtures.ts';

const ID = makeCnId('450203', '19900101', '123');

/** Waits for the debounced save that carries `text`: the station holds the form as typed. */
function draftSaved(page: Page, text: string) {
  return page.waitForResponse((r) => r.url().endsWith('/api/saveDraft') && r.ok() && (r.request().postData() ?? '').includes(text));
}

test('a reload mid-form brings the person back from the station, without their temperature', async ({ page, station }) => {
  await setUpStation(station);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(station.url);
  await signIn(page);
  const field = (name: string) => page.locator(`input[name="${name}"]`);

  await field('temperature').fill('36.6');
  await field('idNumber').fill(ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await field('name').fill('张三');
  const saved = draftSaved(page, '13800001111');
  await field('phone').fill('13800001111');
  await saved;
  // Personal data stays out of the browser's storage: the station holds the draft.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain('张三');

  const savedAgain = draftSaved(page, '13800001111');
  await page.reload();
  await expect(field('name')).toHaveValue('张三');
  await expect(field('idNumber')).toHaveValue(ID);
  await expect(field('phone')).toHaveValue('13800001111');
  await expect(page.getByRole('radio', { name: '绿码' })).toBeChecked();
  await expect(field('temperature')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '草稿已恢复，请重新测温' })).toBeVisible();
  await saveScreenshot(page, 'screening-draft-restored-zh-CN.png');

  // Restored once, saved again as it stands: a second reload finds it too.
  await savedAgain;
  await page.reload();
  await expect(field('name')).toHaveValue('张三');

  // Measured again: the note has done its job.
  await field('temperature').fill('36.7');
  await expect(page.getByText('草稿已恢复，请重新测温')).toBeHidden();

  // 清空 empties the draft too: a reload after it shows an empty form.
  const dropped = draftSaved(page, '"draft":null');
  await page.getByRole('button', { name: '清空' }).click();
  await dropped;
  const asked = page.waitForResponse((r) => r.url().endsWith('/api/takeDraft'));
  await page.reload();
  expect(await (await asked).json()).toEqual({ draft: null });
  await expect(page.getByTestId('person-screen')).toBeVisible();
  await expect(field('name')).toHaveValue('');
});

test('in English, a reload mid-vehicle brings back plate, type and occupants, each to be measured again', async ({ page, station }) => {
  await setUpStation(station);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Vehicle', exact: true }).click();
  await page.locator('input[name="plate"]').fill('桂B12345');
  await page.getByRole('radio', { name: 'Freight / supplies' }).click();
  await page.locator('input[name="temperature"]').fill('36.6');
  const saved = draftSaved(page, ID);
  await page.locator('input[name="idNumber"]').fill(ID);
  await saved;

  await page.reload();
  await expect(page.locator('input[name="plate"]')).toHaveValue('桂B12345');
  await expect(page.getByRole('radio', { name: 'Freight / supplies' })).toBeChecked();
  await expect(page.locator('input[name="idNumber"]')).toHaveValue(ID);
  await expect(page.locator('input[name="temperature"]')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: "Draft restored: measure the occupants' temperatures again" })).toBeVisible();
});
