/**
 * The supervisor at day's end looks back at an earlier day: the log screen shows it page by
 * page, and whatever filters are tapped, it lists exactly the records (and counts) the station's
 * own query gives — there is one filter implementation, in the station.
 */
import type { Page } from '@playwright/test';
import type { LogFilter } from '../../shared/api/core.ts';
import type { Decision, Screening } from '../../shared/domain/screening.ts';
import { ReportStore } from '../support/report-store.ts';
import { startStationProcess, type RunningStation } from '../support/station-process.ts';
import { expect, saveScreenshot, signIn, test } from './fixtures.ts';

const DAY = '2026-02-01';
const CHIEF = { name: '李主任', pin: '123456' };

function person(i: number, direction: 'in' | 'out', name = `村民${i}`): Screening {
  return { kind: 'person', direction, person: {
    name, sex: i % 2 ? 'male' : 'female', idNumber: '450203199001011234', phone: `1380000${String(i).padStart(4, '0')}`,
    origin: '南宁', destination: '东村', reason: '回家', returnee: false,
  } };
}
function car(i: number): Screening {
  return { kind: 'vehicle', direction: 'in', vehicle: {
    plate: `粤A·${String(10000 + i)}`, vehicleType: 'taxi', occupantCount: 1, origin: '广州', destination: '东村', reason: '送客', greenChannel: '',
    occupants: [{ name: `司机${i}`, sex: 'male', idNumber: '440101198805051234', phone: '', origin: '广州', destination: '', reason: '', returnee: false }],
  } };
}

/** 130 records on one earlier day (more than a page), one of them corrected. */
function stationWithAnEarlierDay(): ReportStore {
  const store = new ReportStore();
  for (let i = 0; i < 130; i++) {
    const time = `${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
    const decision: Decision = i % 10 === 3 ? 'turn-away' : i % 17 === 5 ? 'refer' : 'allow';
    const record = store.record(DAY, time, i % 4 === 0 ? car(i) : person(i, i % 3 === 0 ? 'out' : 'in'), decision);
    if (i === 50) store.amend(record, DAY, '18:00:00', person(50, 'in', '更正后'), 'refer');
  }
  store.db.close();
  return store;
}

async function allApiSeqs(station: RunningStation, session: string, filter: LogFilter): Promise<number[][]> {
  const pages: number[][] = [];
  let beforeSeq: number | undefined;
  do {
    const page = await station.api('listEvents', { ...filter, limit: 100, ...(beforeSeq ? { beforeSeq } : {}) }, session);
    pages.push(page.events.map((e) => e.seq));
    beforeSeq = page.nextBeforeSeq ?? undefined;
  } while (beforeSeq !== undefined);
  return pages;
}

const seqsOnScreen = (page: Page) => page.getByTestId('today-records').locator('tbody tr')
  .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-seq'))));

test('the log screen pages through any day and lists, for every filter, exactly what the station API lists', async ({ page }) => {
  const store = stationWithAnEarlierDay();
  const station = await startStationProcess({ dbPath: store.dbPath });
  try {
    const session = (await station.api('signIn', CHIEF)).token;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(station.url);
    await signIn(page, CHIEF);
    await page.getByRole('button', { name: '今日记录', exact: true }).click();
    await page.locator('input[name="log-date"]').fill(DAY);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${DAY} 的记录`);

    const cases: [string, (p: Page) => Promise<void>, LogFilter][] = [
      ['no filter', async () => {}, {}],
      ['vehicles', (p) => p.getByRole('radio', { name: '车辆', exact: true }).click(), { kind: 'vehicle' }],
      ['referred (the corrected record by its decision in force)', async (p) => { await p.getByRole('button', { name: '清除筛选', exact: true }).click(); await p.getByRole('radio', { name: '转诊', exact: true }).click(); }, { decision: 'refer' }],
      ['out', async (p) => { await p.getByRole('button', { name: '清除筛选', exact: true }).click(); await p.getByRole('radio', { name: '出', exact: true }).click(); }, { direction: 'out' }],
      ['a plate typed loosely', async (p) => { await p.getByRole('button', { name: '清除筛选', exact: true }).click(); await p.locator('input[name="log-search"]').fill('粤a 100'); }, { text: '粤a 100' }],
      ['a corrected name', (p) => p.locator('input[name="log-search"]').fill('更正后'), { text: '更正后' }],
      ['a phone ending, persons only', async (p) => { await p.locator('input[name="log-search"]').fill('00012'); await p.getByRole('radio', { name: '人员', exact: true }).click(); }, { text: '00012', kind: 'person' }],
    ];
    for (const [what, tap, filter] of cases) {
      await tap(page);
      const pages = await allApiSeqs(station, session, { date: DAY, ...filter });
      const counts = await station.api('countEvents', { date: DAY, ...filter }, session);
      await expect(page.getByTestId('count-total'), what).toContainText(String(counts.total));
      for (const tile of ['in', 'out', 'turnedAway', 'referred'] as const) await expect(page.getByTestId(`count-${tile}`), what).toContainText(String(counts[tile]));
      for (const [i, seqs] of pages.entries()) {
        if (i > 0) await page.getByRole('button', { name: '较早 ▶', exact: true }).click();
        await expect.poll(() => seqsOnScreen(page), `${what}, page ${i + 1}`).toEqual(seqs);
        await expect(page.getByTestId('log-page')).toContainText(`第 ${i + 1} 页`);
        if (what === 'no filter' && i === 1) await saveScreenshot(page, 'log-earlier-day-page-2.png');
      }
      await expect(page.getByRole('button', { name: '较早 ▶', exact: true }), what).toBeDisabled();
      if (pages.length > 1) {
        await page.getByRole('button', { name: '◀ 较新', exact: true }).click();
        await expect.poll(() => seqsOnScreen(page), `${what}, back to page 1`).toEqual(pages[0]);
      }
    }
  } finally {
    await station.stop();
    store.close();
  }
});
