import { makeCnId } from '../support/cn-id-maker.ts';
import { expect, saveScreenshot, setUpStation, signIn, test } from './fixtures.ts';

const LOCAL_ID = makeCnId('450203', '19900101', '123');

test('a supervisor lists the risk areas and requires the address; a returnee who passed one is flagged and referred', async ({ page, station }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUpStation(station);
  await page.goto(station.url);
  await signIn(page);

  await page.getByRole('button', { name: '登记规则' }).click();
  await page.getByRole('group', { name: '进村人员必须填写的随访项目' }).getByRole('button', { name: '住址（到村组）' }).click();
  await page.locator('input[name="riskIssuedOn"]').fill('2026-11-28');
  await page.locator('textarea[name="riskAreas"]').fill('深圳市南山区\n长沙');
  await page.getByRole('radiogroup', { name: '到过这些地区的人员' }).getByRole('radio', { name: '转诊' }).click();
  await saveScreenshot(page.getByTestId('risk-areas'), 'rules-risk-areas.png');
  await page.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  expect(await station.api('getRuleSettings', {})).toMatchObject({ followUpRequired: ['address'], riskAreas: { issuedOn: '2026-11-28', areas: ['深圳市南山区', '长沙'] }, riskAreaPolicy: 'refer' });

  await page.getByRole('button', { name: '人员登记' }).click();
  await page.locator('input[name="temperature"]').fill('36.6');
  await page.locator('input[name="idNumber"]').fill(LOCAL_ID);
  await page.getByRole('radio', { name: '绿码' }).click();
  await page.locator('input[name="origin"]').fill('南宁');
  // The address is required: the form opens its follow-up part and names it.
  await expect(page.getByTestId('follow-up')).toHaveAttribute('open', '');
  await expect(page.getByTestId('decision-bar')).toContainText('住址（到村组）');
  await page.locator('input[name="address"]').fill('新村三组');
  await page.locator('input[name="arrivalDate"]').fill('2026-12-01');
  await page.locator('input[name="travel"]').fill('广州、长沙');
  await page.getByRole('group', { name: '症状（点选）' }).getByRole('button', { name: '干咳' }).click();
  await page.locator('input[name="localContact"]').fill('王伟 13800001111');
  await expect(page.getByTestId('risk-area')).toContainText('长沙（2026-11-28 名单）');
  await expect(page.getByTestId('suggestion')).toHaveAttribute('data-decision', 'refer');
  await saveScreenshot(page, 'screening-follow-up-zh-CN.png');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'refer');

  const { events } = await station.api('listEvents', {}, (await station.api('signIn', { name: '王芳', pin: '246813' })).token);
  expect(events[0]!.payload).toMatchObject({
    verdict: { decision: 'refer', reasons: expect.arrayContaining(['risk-area']) },
    screening: { person: { followUp: { address: '新村三组', arrivalDate: '2026-12-01', travel: '广州、长沙', symptoms: ['dry-cough'], localContact: '王伟 13800001111', riskArea: { area: '长沙', listIssuedOn: '2026-11-28' } } } },
  });
});
