/**
 * The QR decoder behind the camera. Chromium on Linux and Windows has no native
 * BarcodeDetector, so html5-qrcode would fall back to its JavaScript ZXing port; we give it
 * the `barcode-detector` polyfill over zxing-wasm instead (faster, and it reads dense codes:
 * figures in test/bench/decode.ts). The wasm file is bundled with the app: never a CDN.
 */
import { BarcodeDetector, setZXingModuleOverrides } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

let installed = false;

/** Makes `globalThis.BarcodeDetector` the bundled zxing-wasm one, unless the browser has its own. */
export function installBundledBarcodeDetector(): void {
  if (installed) return;
  installed = true;
  setZXingModuleOverrides({ locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) });
  if (!('BarcodeDetector' in globalThis)) {
    (globalThis as { BarcodeDetector?: typeof BarcodeDetector }).BarcodeDetector = BarcodeDetector;
  }
}

/** Compiles the wasm ahead of the first frame, so the first scan is not the slow one. */
export async function warmUpBarcodeDetector(): Promise<void> {
  installBundledBarcodeDetector();
  await new BarcodeDetector({ formats: ['qr_code'] }).detect(new ImageData(1, 1)).catch(() => []);
}
