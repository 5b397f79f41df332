/**
 * Browser half of the decoder benchmark (test/bench/decode.ts drives it in Chromium with a
 * fake camera). Both candidates decode the very same camera frames, and both are timed from
 * html5-qrcode's start() to the first decoded text, as the camera component uses them.
 */
import { BarcodeDetector } from 'barcode-detector/ponyfill';
import { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { ZXingHtml5QrcodeDecoder } from 'html5-qrcode/esm/zxing-html5-qrcode-decoder.js';
import { installBundledBarcodeDetector, warmUpBarcodeDetector } from '../../../renderer/scan/qr-engine.ts';

const QR = [Html5QrcodeSupportedFormats.QR_CODE];
const logger = { log() {}, warn() {}, logError() {}, logErrors() {} };

async function grabFrames(count: number): Promise<HTMLCanvasElement[]> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true });
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = stream;
  await video.play();
  const frames: HTMLCanvasElement[] = [];
  for (let i = 0; i < count; i++) {
    await new Promise((r) => setTimeout(r, 60));
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d', { willReadFrequently: true })!.drawImage(video, 0, 0);
    frames.push(canvas);
  }
  stream.getTracks().forEach((t) => t.stop());
  return frames;
}

async function timeEach(frames: HTMLCanvasElement[], decodeOne: (c: HTMLCanvasElement) => Promise<string | null>) {
  const ms: number[] = [];
  const texts: (string | null)[] = [];
  for (const frame of frames) {
    const t0 = performance.now();
    texts.push(await decodeOne(frame).catch(() => null));
    ms.push(performance.now() - t0);
  }
  return { ms, decoded: texts.filter((t) => t !== null).length, text: texts.find((t) => t !== null) ?? null };
}

/** Per-frame decode time of html5-qrcode's JS decoder and of zxing-wasm, on the same frames. */
async function perFrame(count: number) {
  const frames = await grabFrames(count);
  const js = new ZXingHtml5QrcodeDecoder(QR, false, logger);
  const wasm = new BarcodeDetector({ formats: ['qr_code'] });
  const coldStart = performance.now();
  await warmUpBarcodeDetector();
  const wasmInitMs = performance.now() - coldStart;
  return {
    wasmInitMs,
    js: await timeEach(frames, async (c) => (await js.decodeAsync(c)).text),
    wasm: await timeEach(frames, async (c) => (await wasm.detect(c))[0]?.rawValue ?? null),
  };
}

/** From html5-qrcode start() to the first decoded text, for one decoder setup. */
async function firstDecode(engine: 'js' | 'wasm', timeoutMs: number) {
  if (engine === 'wasm') await warmUpBarcodeDetector();
  const scanner = new Html5Qrcode('reader', { formatsToSupport: QR, useBarCodeDetectorIfSupported: engine === 'wasm', verbose: false });
  const t0 = performance.now();
  let resolveText!: (text: string | null) => void;
  const decoded = new Promise<string | null>((r) => { resolveText = r; });
  const timer = setTimeout(() => resolveText(null), timeoutMs);
  await scanner.start({ facingMode: 'environment' }, { fps: 15, disableFlip: true }, (text) => resolveText(text), () => {});
  const text = await decoded;
  const ms = performance.now() - t0;
  clearTimeout(timer);
  await scanner.stop();
  scanner.clear();
  return { ms: text === null ? null : ms, text };
}

installBundledBarcodeDetector();
Object.assign(window, { bench: { perFrame, firstDecode } });
document.title = 'ready';
