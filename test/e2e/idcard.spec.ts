import { startDevice, type RunningDevice } from '../support/devices/start-device.ts';
import { createPtyPair, type PtyPair } from '../support/pty.ts';
import type { RunningStation } from '../support/station-process.ts';
import { expect, saveScreenshot, setUpStation, signIn, test } from './fixtures.ts';

/** A SAM reader double on a pty, opened by the station as its ID-card reader. */
async function readerOn(station: RunningStation, supervisor: string): Promise<{ pty: PtyPair; reader: RunningDevice }> {
  const pty = await createPtyPair();
  const reader = await startDevice('idcard-reader', pty.device);
  const ready = reader.nextLine('sent samStatus');
  await station.api('updateIdCardSettings', { path: pty.app, baudRate: 115200, autoConnect: true }, supervisor);
  await ready;
  return { pty, reader };
}

test('a card laid on the reader fills the person form, and the record says it came from the card', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  const { pty, reader } = await readerOn(station, supervisor);
  try {
    await page.goto(station.url);
    await signIn(page);
    await expect(page.getByTestId('person-screen')).toBeVisible();
    await page.locator('input[name="temperature"]').fill('36.6');

    await reader.tell('lay 0');
    await expect(page.locator('input[name="name"]')).toHaveValue('张三');
    await expect(page.locator('input[name="idNumber"]')).toHaveValue('450202199007210018');
    await expect(page.getByTestId('id-ok')).toBeVisible();
    await expect(page.getByTestId('card-read-note')).toHaveText('读自居民身份证 · 住址：广西壮族自治区柳州市城中区某某路1号');
    // Left on the reader while staff carry on: it does not fill again over their edits.
    await page.locator('input[name="name"]').fill('张三丰');
    await reader.nextLine('sent findCard');
    await reader.nextLine('sent findCard');
    await expect(page.locator('input[name="name"]')).toHaveValue('张三丰');
    await page.locator('input[name="name"]').fill('张三');
    await page.getByRole('radio', { name: '绿码' }).click();
    await saveScreenshot(page, 'idcard-person.png');

    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('result')).toHaveAttribute('data-decision', 'allow');
    const { events } = await station.api('listEvents', {}, supervisor);
    const recorded = await station.api('revealEvent', { id: events[0]!.id }, supervisor); // the log itself is masked
    expect(recorded.payload).toMatchObject({
      screening: { person: { name: '张三', sex: 'male', idNumber: '450202199007210018', address: '广西壮族自治区柳州市城中区某某路1号', idCard: { source: 'card', cardType: 'resident' } } },
    });
  } finally {
    await reader.stop();
    await pty.dispose();
  }
});

test('on the vehicle screen a card fills the occupant on screen', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  const { pty, reader } = await readerOn(station, supervisor);
  try {
    await page.goto(station.url);
    await signIn(page);
    await page.getByRole('button', { name: '车辆登记' }).click();
    await page.locator('input[name="plate"]').fill('桂B12345');
    await page.getByRole('radio', { name: '私家车' }).click();
    await page.getByRole('button', { name: '＋ 加乘员' }).click();
    await expect(page.getByRole('tab', { name: '乘员2' })).toHaveAttribute('aria-selected', 'true');

    await reader.tell('lay 1');
    await expect(page.locator('input[name="name"]')).toHaveValue('李四');
    await expect(page.getByTestId('card-read-note')).toContainText('读自居民身份证');
    await saveScreenshot(page, 'idcard-vehicle.png', { fullPage: true });
    await page.getByRole('tab', { name: '乘员1' }).click();
    await expect(page.locator('input[name="name"]')).toHaveValue('');
    await expect(page.getByTestId('card-read-note')).toBeHidden();

    await reader.tell('lift');
    await reader.tell('lay 2');
    await expect(page.locator('input[name="name"]')).toHaveValue('王五');
    await page.getByRole('tab', { name: '乘员2' }).click();
    await expect(page.locator('input[name="name"]')).toHaveValue('李四');
  } finally {
    await reader.stop();
    await pty.dispose();
  }
});

test('the 读卡器 panel tests the reader, shows its state and log, and lays training cards on the virtual reader', async ({ page, station }) => {
  const supervisor = await setUpStation(station);
  const { pty, reader } = await readerOn(station, supervisor);
  try {
    await page.goto(station.url);
    await signIn(page);
    await page.getByRole('button', { name: '扫码设备' }).click();
    const panel = page.getByTestId('idcard-panel');
    await expect(panel.getByTestId('idcard-state')).toContainText('接收中');
    await expect(panel.locator('input[name="idcardPort"]')).toHaveValue(pty.app);
    await expect(panel.locator('select[name="idcardBaud"]')).toHaveValue('115200');
    await panel.getByRole('button', { name: '测试连接' }).click();
    await expect(panel.getByTestId('idcard-test')).toHaveText('读卡器正常：安全模块已就绪。');
    await reader.tell('lay 0');
    await expect(panel.getByTestId('idcard-reads')).toContainText('居民身份证');
    await expect(panel.getByTestId('idcard-log')).toContainText('card read: resident');
    await expect(panel).not.toContainText('张三');
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(panel, 'idcard-panel.png');

    await panel.getByRole('radio', { name: '模拟读卡器（培训用）' }).check();
    await panel.getByRole('button', { name: '保存读卡器设置' }).click();
    await expect(panel.getByTestId('idcard-state')).toContainText('模拟读卡器（培训用）');
    await panel.getByRole('button', { name: '放一张练习卡' }).click();
    await expect(panel.getByTestId('idcard-reads').locator('li')).toHaveCount(2);

    // Training at the barrier: the same button on the screening screen, the card fills the form.
    await page.getByRole('button', { name: '人员登记' }).click();
    await expect(page.getByTestId('status-idcard')).toHaveText('读卡器: 接收中');
    await page.getByTestId('training-card').click();
    await expect(page.locator('input[name="name"]')).toHaveValue('李四');
    await expect(page.getByTestId('card-read-note')).toContainText('读自居民身份证');
  } finally {
    await reader.stop();
    await pty.dispose();
  }
});
