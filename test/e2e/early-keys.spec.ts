import type { Page } from '@playwright/test';
import { makeCnId } from '../support/cn-id-maker.ts';
import { expect, setUpStation, signIn, test } from './fixtures.ts';

const LOCAL_ID = makeCnId('450203', '19900101', '123');

/**
 * The key a person presses the instant a screen appears, made deterministic: the page presses
 * `key` (on whatever has focus) as soon as an element with `testId` enters the document, before
 * the browser has even painted it. A loaded PC opens exactly this gap between showing a screen
 * and its first effects running; a screen that listens only after paint loses the key.
 */
async function pressAsItAppears(page: Page, testId: string, key: string): Promise<() => Promise<number>> {
  await page.addInitScript(({ testId, key }) => {
    const pressed = { count: 0 };
    (window as unknown as { earlyKeys: typeof pressed }).earlyKeys = pressed;
    new MutationObserver((changes) => {
      const appeared = changes.some((c) => [...c.addedNodes].some((n) =>
        n instanceof Element && (n.matches(`[data-testid="${testId}"]`) || n.querySelector(`[data-testid="${testId}"]`))));
      if (!appeared) return;
      pressed.count++;
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }).observe(document, { childList: true, subtree: true });
  }, { testId, key });
  return () => page.evaluate(() => (window as unknown as { earlyKeys: { count: number } }).earlyKeys.count);
}

async function recordLocalPerson(page: Page) {
  await page.locator('input[name="temperature"]').fill('36.6');
  await page.locator('input[name="idNumber"]').fill(LOCAL_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'allow');
  await page.getByTestId('confirm').click();
}

for (const key of ['Enter', 'Escape']) {
  test(`${key} pressed as the result appears goes on to the next person`, async ({ page, station }) => {
    const session = await setUpStation(station);
    const pressed = await pressAsItAppears(page, 'result', key);
    await page.goto(station.url);
    await signIn(page);
    await recordLocalPerson(page);
    await expect.poll(pressed).toBe(1);
    await expect(page.getByTestId('result')).toBeHidden();
    await expect(page.locator('input[name="temperature"]')).toHaveValue('');
    // One press, one person: the key neither got lost nor recorded anyone twice.
    expect((await station.api('listEvents', {}, session)).events).toHaveLength(1);
  });
}
