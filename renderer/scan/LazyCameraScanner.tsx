import { lazy, Suspense } from 'react';
import type { OnScan } from './use-decode.ts';

// html5-qrcode and the zxing-wasm glue load when a camera is first opened, not with the app:
// most shifts use the USB scanner or typed numbers.
const CameraScanner = lazy(() => import('./CameraScanner.tsx').then((m) => ({ default: m.CameraScanner })));

/** The camera scanner, fetched from the app's own files on first open (offline, never a CDN). */
export function LazyCameraScanner({ onScan }: { onScan: OnScan }) {
  return (
    <Suspense fallback={<p className="loading" aria-busy="true">…</p>}>
      <CameraScanner onScan={onScan} />
    </Suspense>
  );
}
