import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startStationProcess, type RunningStation } from '../support/station-process.ts';

export const SUPERVISOR = { name: '王芳', pin: '246813' };

/** Each test gets its own real station (`serve`) on its own temporary database. */
export const test = base.extend<{ station: RunningStation }>({
  station: async ({}, use, testInfo) => {
    const station = await startStationProcess();
    await use(station);
    // A failing test's report carries what the station said, and whether it was still running.
    if (testInfo.status !== testInfo.expectedStatus) {
      const state = station.child.exitCode ?? station.child.signalCode ?? 'still running';
      await testInfo.attach('station stderr', { body: `station process: ${state}\n${station.stderr()}`, contentType: 'text/plain' });
    }
    await station.stop();
  },
});

/** Sets a fresh station up through the API and returns the supervisor's session token. */
export async function setUpStation(station: RunningStation): Promise<string> {
  const session = await station.api('setup', {
    settings: { stationName: '城东卡点', stationCode: 'CD01', localRegionPrefixes: ['4502'], localPlatePrefixes: ['桂B'] },
    supervisor: SUPERVISOR,
  });
  return session.token;
}

/** Signs in on the sign-in screen as a person would: tap the name, type the PIN. */
export async function signIn(page: Page, who: { name: string; pin: string } = SUPERVISOR): Promise<void> {
  await page.getByRole('radio', { name: who.name }).check();
  await page.locator('input[name="pin"]').fill(who.pin);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('status-staff')).toContainText(who.name);
}

/**
 * The README's screenshots are taken by the e2e tests that reach each screen, but only when
 * asked (`npm run screenshots`), so an ordinary test run leaves the tracked pictures alone.
 */
export async function saveScreenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const path = join(import.meta.dirname, '..', 'screenshots', name);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}

export { expect };
