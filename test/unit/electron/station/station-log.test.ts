import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStationLog, openStationLog } from '../../../../electron/station/station-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'station-log-'));
afterEach(() => { closeStationLog(); rmSync(dir, { recursive: true, force: true }); });

describe('the station log', () => {
  it('rolls to a new file past its size and keeps only the newest files', async () => {
    const log = await openStationLog(dir, '20k');
    for (let i = 0; i < 3000; i++) {
      log.info({ event: 'device', device: 'thermometer', state: 'receiving', n: i }, 'device status');
      if (i % 100 === 99) await new Promise((r) => setImmediate(r)); // a station writes over time; rolling is async
    }
    closeStationLog();
    const logFiles = () => readdirSync(dir).filter((f) => /^station\.\d+\.log$/.test(f));
    expect(logFiles().length).toBeGreaterThan(1);
    // pino-roll prunes after each roll without blocking the writer; on a busy PC the last prune lands a little later
    await expect.poll(() => logFiles().length, { timeout: 10_000 }).toBeLessThanOrEqual(14);
    const files = logFiles();
    const last = readFileSync(join(dir, files.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1)!), 'utf8').trim().split('\n');
    expect(JSON.parse(last.at(-1)!)).toMatchObject({ event: 'device', n: 2999 });
  });

  it('masks an ID number or phone that reaches it inside a message or a field', async () => {
    const log = await openStationLog(dir);
    log.error({ event: 'internal-error', error: 'UNIQUE failed for 450203199001011233' }, 'call 13800001111');
    closeStationLog();
    const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    expect(text).toContain('[id-number]');
    expect(text).toContain('[phone]');
    expect(text).not.toMatch(/450203199001011233|13800001111/);
  });
});
