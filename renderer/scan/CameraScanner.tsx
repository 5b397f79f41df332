import { Html5Qrcode, Html5QrcodeScannerState, Html5QrcodeSupportedFormats } from 'html5-qrcode';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CameraOption, pickCamera, rememberCamera } from './camera-choice.ts';
import { installBundledBarcodeDetector } from './qr-engine.ts';
import { type OnScan, useDecode } from './use-decode.ts';

type Problem = 'no-camera' | 'denied' | 'failed';

/** The same code seen again within this time is the same scan, not a new one. */
const REPEAT_MS = 3000;
const FPS = 15;

function classify(err: unknown): Problem {
  const text = String(err instanceof Error ? `${err.name} ${err.message}` : err);
  if (/NotAllowed|Permission|denied|SecurityError/i.test(text)) return 'denied';
  if (/NotFound|DevicesNotFound|not found|Overconstrained|no cameras?/i.test(text)) return 'no-camera';
  return 'failed';
}

/**
 * Live QR scanning from a camera through html5-qrcode, decoding with the bundled zxing-wasm
 * BarcodeDetector. Starts and stops are queued one after another, and every stop is
 * `await stop()` then `clear()`: React StrictMode mounts twice, and a camera left running
 * by an overlapping start stays on until the app closes.
 */
export function CameraScanner({ onScan }: { onScan: OnScan }) {
  const { t } = useTranslation('scan');
  const decode = useDecode();
  const elementId = `qr-reader-${useId().replace(/[^\w-]/g, '')}`;
  const [cameras, setCameras] = useState<CameraOption[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [torch, setTorch] = useState({ supported: false, on: false });
  const [running, setRunning] = useState(false);
  const scannerRef = useRef<Html5Qrcode | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const view = useRef<HTMLDivElement>(null);
  const latest = useRef({ onScan, decode });
  latest.current = { onScan, decode };

  useEffect(() => {
    let live = true;
    Html5Qrcode.getCameras().then((list) => {
      if (!live) return;
      const options = list.map((c) => ({ id: c.id, label: c.label }));
      setCameras(options);
      const chosen = pickCamera(options);
      if (chosen) setCameraId(chosen.id);
      else setProblem('no-camera');
    }, (err) => { if (live) setProblem(classify(err)); });
    return () => { live = false; };
  }, []);

  useEffect(() => {
    if (!cameraId) return;
    let cancelled = false;
    let scanner: Html5Qrcode | null = null;
    let last = { text: '', at: Number.NEGATIVE_INFINITY };
    let reads = 0;
    const onText = (text: string) => {
      // Every read, repeats included, counted where a check (or a test) can see the camera is
      // still reading; set on the element, not in state, to spare a render per frame.
      view.current?.setAttribute('data-reads', String(++reads));
      const now = performance.now();
      const repeat = text === last.text && now - last.at < REPEAT_MS;
      last = { text, at: now };
      if (!repeat) latest.current.onScan({ text, result: latest.current.decode(text), source: 'camera' });
    };
    queue.current = queue.current.then(async () => {
      if (cancelled) return;
      installBundledBarcodeDetector();
      scanner = new Html5Qrcode(elementId, { formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], useBarCodeDetectorIfSupported: true, verbose: false });
      try {
        await scanner.start(cameraId, { fps: FPS, disableFlip: true }, onText, () => {});
      } catch (err) {
        scanner.clear();
        scanner = null;
        if (!cancelled) setProblem(classify(err));
        return;
      }
      rememberCamera(cameraId);
      if (cancelled) return; // the cleanup queued behind us stops it
      scannerRef.current = scanner;
      setProblem(null);
      setRunning(true);
      setTorch({ supported: scanner.getRunningTrackCameraCapabilities().torchFeature().isSupported(), on: false });
    });
    return () => {
      cancelled = true;
      scannerRef.current = null;
      setRunning(false);
      queue.current = queue.current.then(async () => {
        if (!scanner) return;
        try {
          // getState, not isScanning: the flag is set a frame after start() resolves.
          const state = scanner.getState();
          if (state === Html5QrcodeScannerState.SCANNING || state === Html5QrcodeScannerState.PAUSED) await scanner.stop();
        } finally {
          scanner.clear();
        }
      }).catch(() => { /* a camera that fails to stop has already stopped delivering frames */ });
    };
  }, [cameraId, elementId]);

  const toggleTorch = async () => {
    const feature = scannerRef.current?.getRunningTrackCameraCapabilities().torchFeature();
    if (!feature?.isSupported()) return;
    await feature.apply(!torch.on).then(() => setTorch({ supported: true, on: !torch.on }), () => {});
  };

  return (
    <div ref={view} className="camera-scanner" data-testid="camera-scanner" data-running={running}>
      {problem && <p role="alert" className="error">{t(`camera.problem.${problem}`)}</p>}
      {cameras.length > 1 && (
        <label>
          {t('camera.choose')}
          <select value={cameraId ?? ''} onChange={(e) => setCameraId(e.target.value)}>
            {cameras.map((c, i) => <option key={c.id} value={c.id}>{c.label || t('camera.unnamed', { n: i + 1 })}</option>)}
          </select>
        </label>
      )}
      <div id={elementId} className="qr-reader" />
      {running && <p className="hint">{t('camera.hint')}</p>}
      {torch.supported && (
        <button type="button" aria-pressed={torch.on} onClick={() => void toggleTorch()}>
          {t(torch.on ? 'camera.torchOff' : 'camera.torchOn')}
        </button>
      )}
    </div>
  );
}
