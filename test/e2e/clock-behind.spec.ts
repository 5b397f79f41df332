import { expect, test } from '@playwright/test';
import { appendEvent } from '../../electron/store/event-log.ts';
import { saveScreenshot } from './fixtures.ts';
import { startStationProcess } from '../support/station-process.ts';
import { localPersonScreening, tempStation } from '../support/temp-station.ts';

test('the status bar says so when the PC clock is behind the last record (a dead RTC battery)', async ({ page }) => {
  // The last record was made when the clock read two days later than it reads now.
  const t = await tempStation();
  const { staffId } = await t.station.call('whoAmI', {}, t.staff);
  appendEvent(t.station.core.db, {
    kind: 'screening', payload: { ...localPersonScreening('甲'), overrideReason: '' }, stationCode: 'GX-001', timeZone: 'Asia/Shanghai',
    staff: { staffId, name: '李明', shiftId: null }, at: new Date(Date.now() + 2 * 86_400_000),
  });
  await t.stop();

  const station = await startStationProcess({ dbPath: t.dbPath });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(station.url);
    await expect(page.getByTestId('status-clock-behind')).toHaveText('系统时钟慢于上一条记录');
    await saveScreenshot(page, 'clock-behind.png');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('status-clock-behind')).toHaveText('System clock is behind the last record');
  } finally {
    await station.stop();
    await t.close();
  }
});
