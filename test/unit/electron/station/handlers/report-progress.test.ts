import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportProgress, ExportStage, type ExportFormat } from '../../../../../shared/api/report.ts';
import { localDateAndOffset } from '../../../../../shared/domain/local-time.ts';
import { sessionFeed } from '../../../../../electron/station/event-feed.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../../support/temp-station.ts';

let t: TempStation;
let today: string;
let usb: string;
beforeEach(async () => {
  t = await tempStation();
  today = localDateAndOffset(new Date(), 'Asia/Shanghai').localDate;
  for (const name of ['甲', '乙', '丙']) await t.station.call('recordScreening', localPersonScreening(name), t.staff);
  usb = mkdtempSync(join(tmpdir(), 'usb-'));
});
afterEach(async () => {
  await t.close();
  rmSync(usb, { recursive: true, force: true });
});

/** What one session's screen receives while `work` runs, and whether each came before the answer. */
async function feedDuring<T>(session: string, work: () => Promise<T>) {
  const got: { name: string; data: unknown; beforeAnswer: boolean }[] = [];
  let answered = false;
  const off = sessionFeed(t.station, () => session, (name, data) => got.push({ name, data, beforeAnswer: !answered }));
  try {
    const answer = await work();
    answered = true;
    return { answer, events: got.filter((e) => e.name === 'exportProgress') };
  } finally {
    off();
  }
}

const order = (stage: ExportStage) => ExportStage.options.indexOf(stage);

describe("an export's progress", () => {
  it.each<[ExportFormat, ExportStage[]]>([
    ['bundle', ['checking', 'writing', 'done']],
    ['xlsx', ['checking', 'reading', 'writing', 'done']],
    ['csv', ['checking', 'reading', 'writing', 'done']],
  ])("reaches the supervisor's screen as %s is written: stages in order, never going back, ending done before the answer", async (format, stages) => {
    const { answer, events } = await feedDuring(t.supervisor, () => t.station.call('exportReport', { from: today, format, folder: usb }, t.supervisor));
    const progress = events.map((e) => e.data as ExportProgress);
    // Exactly the contract's shape: nothing a screen was not meant to get.
    for (const p of progress) expect(isDeepStrictEqual(ExportProgress.parse(p), p)).toBe(true);
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(stages);
    progress.forEach((p, i) => {
      expect(p.format).toBe(format);
      if (p.total > 0) expect(p.done).toBeLessThanOrEqual(p.total);
      const before = progress[i - 1];
      if (!before) return;
      expect(order(p.stage)).toBeGreaterThanOrEqual(order(before.stage));
      if (p.stage === before.stage) expect(p.done).toBeGreaterThanOrEqual(before.done);
    });
    // The chain check walks every record since the station's start checkpoint: 3 here.
    expect(progress.filter((p) => p.stage === 'checking').at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(progress.at(-1)).toEqual({ format, stage: 'done', done: answer.files.length, total: answer.files.length });
    expect(events.every((e) => e.beforeAnswer)).toBe(true);
  });

  it('reaches no other session, not even another signed-in one at the same station', async () => {
    const { events: others } = await feedDuring(t.staff, () => t.station.call('exportReport', { from: today, format: 'bundle', folder: usb }, t.supervisor));
    expect(others).toEqual([]);
  });

  it('is not pushed for a failed export beyond the stage it failed in', async () => {
    const { events } = await feedDuring(t.supervisor, () => t.station.call('exportReport', { from: today, format: 'csv', folder: join(usb, 'pulled-out') }, t.supervisor)
      .catch((err: unknown) => expect(err).toMatchObject({ reason: 'export-folder-missing' })));
    expect(events.map((e) => (e.data as ExportProgress).stage)).not.toContain('done');
  });
});
