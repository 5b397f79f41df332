import { makeCnId } from '../support/cn-id-maker.ts';
import { expect, saveScreenshot, setUpStation, signIn, test } from './fixtures.ts';

const RETURNEE_ID = makeCnId('440305', '19880512', '217');
const DOCTOR = { name: '钱村医', pin: '2468' };

test('a returnee screened in is listed; two days of follow-up with a missed report and a fever reach the health-centre report and the 日报; going out they are flagged', async ({ page, station }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const supervisor = await setUpStation(station);
  await station.api('addStaff', { name: DOCTOR.name, pin: DOCTOR.pin, role: 'health-worker' }, supervisor);
  const { today } = await station.api('status', {});
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await page.goto(station.url);
  await signIn(page);

  // At the barrier: a returnee from Shenzhen who arrived yesterday, staying in 三组.
  await page.locator('input[name="temperature"]').fill('36.6');
  await page.locator('input[name="idNumber"]').fill(RETURNEE_ID);
  await page.locator('input[name="name"]').fill('孙返乡');
  await page.locator('input[name="phone"]').fill('13912345678');
  await page.locator('input[name="origin"]').fill('深圳');
  await page.locator('input[name="reason"]').fill('返乡');
  await page.getByRole('radio', { name: '绿码' }).click();
  await page.locator('input[name="returnee"]').check();
  await page.getByTestId('follow-up').locator('summary').click();
  await page.locator('input[name="address"]').fill('新村三组8号');
  await page.locator('input[name="arrivalDate"]').fill(yesterday);
  await page.locator('input[name="localContact"]').fill('孙父 13800002222');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
  await page.getByTestId('result').getByRole('button').first().click();
  await page.getByRole('button', { name: '交班 / 退出' }).click();

  // The village doctor signs in and sees only the follow-up list.
  await signIn(page, DOCTOR);
  await expect(page.locator('nav.main-nav button')).toHaveText(['居家隔离', '交班 / 退出']);
  const row = page.getByTestId('follow-up-row').filter({ hasText: '孙返乡' });
  await expect(row).toContainText('新村三组8号');
  await expect(row).toContainText('第 2 天');

  // Yesterday: the morning reading came in late, the afternoon one never did.
  await page.locator('input[name="followUpDate"]').fill(yesterday);
  await row.getByRole('textbox', { name: '孙返乡 上午' }).fill('36.4');
  await row.getByRole('button', { name: '记录' }).first().click();
  await expect(row.getByTestId('morning-reading')).toContainText('36.4 ℃ 补报');
  await expect(page.getByTestId('not-reported')).toContainText('孙返乡（下午）');

  // Today: a fever in the morning.
  await page.locator('input[name="followUpDate"]').fill(today);
  await row.getByRole('textbox', { name: '孙返乡 上午' }).fill('37.9');
  await row.getByRole('button', { name: '记录' }).first().click();
  await expect(row.getByTestId('morning-reading')).toContainText('37.9 ℃ 发热');
  await expect(row.getByTestId('state')).toContainText('期内发热 1 次');
  // The doctor names who answers for this person: the 包村干部 of 三组.
  await expect(row.getByTestId('responsible')).toHaveText('未指派');
  await row.getByRole('button', { name: '指派' }).click();
  await page.locator('select[name="responsibleRole"]').selectOption({ label: '包村干部' });
  await page.getByRole('textbox', { name: '责任人姓名' }).fill('周干部');
  await page.getByRole('button', { name: '确认 孙返乡 的责任人' }).click();
  await expect(row.getByTestId('responsible')).toHaveText('周干部包村干部');
  await expect(row.getByRole('button', { name: '更换' })).toBeVisible();
  await saveScreenshot(page, 'isolation-follow-up-zh-CN.png');
  // The same list in English: no Chinese UI text left but the records' own.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home isolation follow-up');
  await expect(row.getByTestId('state')).toContainText('1 fever(s) in the period');
  await expect(row.getByTestId('responsible')).toHaveText('周干部Village cadre');
  await saveScreenshot(page, 'isolation-follow-up-en.png');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('居家隔离随访');

  // The health-centre report of yesterday, from the screen; and its figures in the 日报.
  await page.locator('input[name="followUpDate"]').fill(yesterday);
  await page.getByRole('button', { name: '卫生院日报 XLSX' }).click();
  await expect(page.getByTestId('isolation-written')).toContainText('卫生院日报.xlsx');
  const doctorSession = (await station.api('signIn', DOCTOR)).token;
  const past = await station.api('followUpDay', { date: yesterday }, doctorSession);
  expect(past.notReported).toEqual([{ arrivalId: expect.any(String), name: '孙返乡', slots: ['afternoon'] }]);
  const report = await station.api('dailyReport', { from: today }, supervisor);
  expect(report.figures).toMatchObject({ arrivalsRegistered: 1, underIsolation: 1, isolationFevers: 1, isolationReleased: 0 });
  await page.getByRole('button', { name: '交班 / 退出' }).click();

  // Going out (出村) while under isolation: the barrier flags them, and the record needs a reason.
  await signIn(page);
  await page.getByRole('radio', { name: '出村' }).click();
  await page.locator('input[name="temperature"]').fill('36.5');
  await page.locator('input[name="idNumber"]').fill(RETURNEE_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('isolation-exit')).toContainText('此人正在居家隔离');
  await expect(page.getByTestId('confirm')).toBeDisabled();
  await page.locator('input[name="isolationReason"]').fill('村医陪同去卫生院');
  await saveScreenshot(page, 'isolation-exit-flag-zh-CN.png');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toBeVisible();
  const { events } = await station.api('listEvents', {}, supervisor);
  expect(events[0]!.payload).toMatchObject({ screening: { direction: 'out' }, isolation: { reason: '村医陪同去卫生院' } });
});

test('a car going out with an occupant under home isolation is flagged, and recorded only with a reason', async ({ page, station }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const supervisor = await setUpStation(station);
  const { today } = await station.api('status', {});
  await station.api('recordScreening', {
    screening: { kind: 'person', direction: 'in', person: {
      name: '孙返乡', idNumber: RETURNEE_ID, phone: '13912345678', origin: '深圳', reason: '返乡', returnee: true,
      temperature: { celsius: 36.6, source: 'manual' }, healthCode: { colour: 'green' },
      followUp: { address: '新村三组8号', arrivalDate: today, travel: '', symptoms: [], localContact: '' },
    } },
    verdict: { decision: 'allow' },
  }, supervisor);
  await page.goto(station.url);
  await signIn(page);
  await page.getByRole('button', { name: '车辆登记' }).click();
  await page.getByRole('radio', { name: '出村' }).click();
  await page.locator('input[name="plate"]').fill('桂B12345');
  await page.getByRole('radio', { name: '私家车' }).click();
  await page.locator('input[name="temperature"]').fill('36.5');
  await page.locator('input[name="idNumber"]').fill(RETURNEE_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await expect(page.getByTestId('isolation-exit')).toContainText('此人正在居家隔离');
  await expect(page.getByTestId('confirm')).toBeDisabled();
  await page.locator('input[name="isolationReason"]').fill('家属开车送卫生院');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toBeVisible();
  const { events } = await station.api('listEvents', {}, supervisor);
  expect(events[0]!.payload).toMatchObject({ screening: { kind: 'vehicle', direction: 'out' }, isolation: { reason: '家属开车送卫生院' } });
});
