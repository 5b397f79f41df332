/**
 * The thermometer while the 日报 is read and exported (issue 15): a real `serve` on a
 * 100,000-record day (the `demo` command), a real pty and Chromium, frame → live reading on
 * screen p95, first idle, then while a supervisor's reads of that day run back to back through
 * the API: XLSX exports, signed bundles (each with its chain check), 日报 previews.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { DEMO_SUPERVISOR } from '../../electron/demo/plan.ts';
import { createPtyPair } from '../support/pty.ts';
import { PtyWriter } from '../support/pty-writer.ts';
import { startStationProcess } from '../support/station-process.ts';
import { type BenchRow, percentile } from './bench-row.ts';
import { frameLatencies, signInToThermometerScreen, streamUntilReceiving } from './thermometer.ts';

const REPO = join(import.meta.dirname, '..', '..');
const DAY = '2026-02-01';
const SAMPLES = 100;

export async function benchThermometerDuringExport(perDay = 100_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-thermo-export-'));
  const dbPath = join(dir, 'station.db');
  execFileSync(process.execPath, [join(REPO, 'electron/cli/bin.mjs'), 'demo', '--db', dbPath, '--from', DAY, '--days', '1', '--per-day', String(perDay)], { cwd: REPO, stdio: 'ignore' });
  const pty = await createPtyPair();
  const station = await startStationProcess({ dbPath });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const writer = new PtyWriter(pty.device);
  try {
    const token = (await station.api('signIn', { name: DEMO_SUPERVISOR.name, pin: DEMO_SUPERVISOR.pin })).token;
    await station.api('updateThermometerSettings', { protocol: 'gy-mcu90614', path: pty.app, autoConnect: true }, token);
    const page = await browser.newPage();
    await signInToThermometerScreen(page, station.url, DEMO_SUPERVISOR);
    await streamUntilReceiving(page, writer);
    const idle = await frameLatencies(page, writer, SAMPLES);
    const label = `thermometer: frame on the pty → live reading on screen, p95 (n=${SAMPLES}), ${perDay.toLocaleString('en')}-record day`;
    const rows: BenchRow[] = [{ name: `${label}, idle`, value: percentile(idle, 95), unit: 'ms', goal: '< 20 ms' }];
    /** The frames measured while `read` runs back to back, each export into a fresh folder. */
    async function during(what: string, read: (folder: string) => Promise<unknown>): Promise<void> {
      let reading = true;
      let done = 0;
      const loop = (async () => {
        while (reading) {
          const folder = join(dir, `usb-${what}-${done}`);
          mkdirSync(folder);
          await read(folder);
          done++;
        }
      })();
      let frames: number[];
      try { frames = await frameLatencies(page, writer, SAMPLES); } finally { reading = false; }
      await loop;
      rows.push({ name: `${label}, while ${what} run (${done} done)`, value: percentile(frames, 95), unit: 'ms', goal: '< 50 ms' });
    }
    await during('XLSX exports', (folder) => station.api('exportReport', { from: DAY, format: 'xlsx', folder }, token));
    await during('signed-bundle exports', (folder) => station.api('exportReport', { from: DAY, format: 'bundle', folder }, token));
    await during('日报 previews', () => station.api('dailyReport', { from: DAY }, token));
    return rows;
  } finally {
    writer.close();
    await browser.close();
    await station.stop();
    await pty.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
