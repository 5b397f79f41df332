/**
 * Decoder benchmark rows for `npm run bench`:
 * - camera QR: html5-qrcode's own JavaScript decoder against the bundled zxing-wasm
 *   BarcodeDetector, on the same fake-camera frames (plain ID-number QR and a dense
 *   ~500-character QR): decode time per frame, and time from camera start to first decode;
 * - text decoders: calls per second for ID-number and plate validation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { decode } from '../../shared/decode/index.ts';
import { type BenchRow, percentile } from './bench-row.ts';
import { densePayload, fakeCameraArgs, type FakeCameraOptions, makeQrCameraFile } from '../support/qr-media.ts';
import { makeCnId } from '../support/cn-id-maker.ts';


const FRAMES = 30;
const FIRST_DECODE_TIMEOUT_MS = 15_000;

const round = (x: number) => Math.round(x * 10) / 10;

function callsPerSecond(fn: () => unknown, ms = 1000): number {
  for (let i = 0; i < 1000; i++) fn(); // warm up the JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) { fn(); n++; }
  return Math.round(n / ((performance.now() - start) / 1000));
}

function textRows(): BenchRow[] {
  const options = { today: '2026-11-29', localRegionPrefixes: ['45'], localPlatePrefixes: ['桂B'] };
  const ids = ['450103', '110105', '441900', '110103'].map((r, i) => makeCnId(r, `19${80 + i}0412`, '013'));
  const plates = ['桂B·12345', '沪AD12345', '苏E12345D', '粤Z1234港'];
  let i = 0;
  return [
    { name: 'decode: ID number (18-digit, with region name)', value: callsPerSecond(() => decode(ids[i++ % ids.length]!, options)), unit: 'calls/s', goal: '≥ 10000' },
    { name: 'decode: plate', value: callsPerSecond(() => decode(plates[i++ % plates.length]!, options)), unit: 'calls/s', goal: '≥ 10000' },
  ];
}

interface PageBench {
  perFrame(count: number): Promise<{ wasmInitMs: number; js: FrameTimes; wasm: FrameTimes }>;
  firstDecode(engine: 'js' | 'wasm', timeoutMs: number): Promise<{ ms: number | null; text: string | null }>;
}
interface FrameTimes { ms: number[]; decoded: number; text: string | null }

async function cameraRows(baseUrl: string, dir: string, label: string, payload: string, camera: FakeCameraOptions): Promise<BenchRow[]> {
  const y4m = await makeQrCameraFile(payload, dir, label.replace(/\W+/g, '-'), camera);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...fakeCameraArgs(y4m)] });
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 60_000 });
    const frames = await page.evaluate((n) => (window as unknown as { bench: PageBench }).bench.perFrame(n), FRAMES);
    const rows: BenchRow[] = [];
    for (const engine of ['js', 'wasm'] as const) {
      const t = frames[engine];
      if (t.decoded > 0 && t.text !== payload) throw new Error(`${engine} decoded the ${label} QR wrongly`);
      rows.push({ name: `camera ${label} QR, ${engine}: decode time per frame (median)`, value: round(percentile(t.ms, 50)), unit: 'ms', goal: '≤ 66 (15 fps)' });
      rows.push({ name: `camera ${label} QR, ${engine}: frames decoded`, value: Math.round((100 * t.decoded) / t.ms.length), unit: '%', goal: '100' });
      const first = await page.evaluate(([e, ms]) => (window as unknown as { bench: PageBench }).bench.firstDecode(e, ms), [engine, FIRST_DECODE_TIMEOUT_MS] as const);
      if (first.text !== null && first.text !== payload) throw new Error(`${engine} first decode of the ${label} QR was wrong`);
      // A decoder that never reads the code within the timeout is reported as the timeout.
      rows.push({ name: `camera ${label} QR, ${engine}: camera start to first decode`, value: round(first.ms ?? FIRST_DECODE_TIMEOUT_MS), unit: 'ms', goal: '≤ 1000' });
    }
    rows.push({ name: `camera ${label} QR, wasm: one-off module compile`, value: round(frames.wasmInitMs), unit: 'ms', goal: '≤ 500' });
    return rows;
  } finally {
    await browser.close();
  }
}

export async function benchDecode(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-decode-'));
  const server = await createServer({
    configFile: false, root: join(import.meta.dirname, 'decode-page'), logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, fs: { allow: [join(import.meta.dirname, '..', '..')] } },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('bench page server has no port');
    const baseUrl = `http://127.0.0.1:${address.port}/`;
    return [
      ...textRows(),
      ...(await cameraRows(baseUrl, dir, 'plain', makeCnId('450103', '19880412', '013'), {})),
      ...(await cameraRows(baseUrl, dir, 'dense', densePayload(500), {})),
      // A phone held further off: 720p frame, the code a third of its width, a little softer.
      ...(await cameraRows(baseUrl, dir, 'dense far', densePayload(500), { width: 1280, height: 720, codeHeight: 420, blur: 1.1 })),
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
