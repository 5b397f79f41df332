import { useEffect, useRef } from 'react';
import { ScannerBurst, type BurstOptions } from '../../shared/decode/scanner-burst.ts';
import type { OnScan } from './use-decode.ts';
import { useDecode } from './use-decode.ts';
import { useScannerSettings } from './use-scanner-settings.ts';

type Editable = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot { field: Editable; value: string }

function focusedField(): Editable | null {
  const el = document.activeElement;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

/** Puts a field back as it was, through the native setter so React's onChange sees it. */
function restore({ field, value }: Snapshot): void {
  const proto = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Recognises a keyboard-wedge (USB HID) barcode scanner anywhere on the screen it is used in.
 * Keys pass through as typed, so normal typing is never eaten; when a burst turns out to be a
 * scan (fast keys, then Enter/Tab), its Enter/Tab is swallowed, the field that caught the
 * burst gets its earlier text back, and `onScan` gets the decoded payload.
 */
export function useScannerBurst(onScan: OnScan, options: BurstOptions & { enabled?: boolean } = {}): void {
  const decode = useDecode();
  const latest = useRef({ onScan, decode });
  latest.current = { onScan, decode };
  const settings = useScannerSettings();
  const { enabled = true } = options;
  // The station's timing unless the caller sets its own.
  const maxGapMs = options.maxGapMs ?? settings?.burstMaxGapMs;
  const minLength = options.minLength ?? settings?.burstMinLength;
  // A key, not the array: callers may pass a fresh array on every render.
  const terminators = options.terminators?.join('\n');

  useEffect(() => {
    if (!enabled) return;
    const burst = new ScannerBurst({ maxGapMs, minLength, terminators: terminators?.split('\n') });
    let snapshot: Snapshot | null = null;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.ctrlKey || e.altKey || e.metaKey) { burst.reset(); return; }
      const step = burst.push({ key: e.key, time: e.timeStamp });
      if (step.type === 'start') {
        const field = focusedField();
        snapshot = field ? { field, value: field.value } : null;
      } else if (step.type === 'scan') {
        e.preventDefault();
        e.stopPropagation();
        if (snapshot && snapshot.field.isConnected) restore(snapshot);
        snapshot = null;
        latest.current.onScan({ text: step.text, result: latest.current.decode(step.text), source: 'keyboard-scanner' });
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, maxGapMs, minLength, terminators]);
}
