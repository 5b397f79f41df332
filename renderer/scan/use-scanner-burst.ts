import { useEffect, useRef } from 'react';
import { DEFAULT_BURST, isModifierKey, ScannerBurst, type BurstOptions } from '../../shared/decode/scanner-burst.ts';
import type { OnScan } from './use-decode.ts';
import { useDecode } from './use-decode.ts';
import { useScannerSettings } from './use-scanner-settings.ts';

type Editable = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot { field: Editable; value: string }

function focusedField(): Editable | null {
  const el = document.activeElement;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

/** Sets a field's text through the native setter, so React's onChange sees it. */
function setText(field: Editable, value: string): void {
  const proto = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Puts a field back as it was. */
function restore({ field, value }: Snapshot): void {
  setText(field, value);
}

/** Types `text` where the caret is, as the keys would have. */
function insertAtCaret(field: Editable, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  setText(field, field.value.slice(0, start) + text + field.value.slice(end));
  field.setSelectionRange(start + text.length, start + text.length);
}

/**
 * A field marked `data-scan-guard` (the temperature) must never receive a scan, not even for a
 * moment: what lands there is taken as typed by a person. Its keys are held back until no
 * other key follows within the burst gap, then typed in; a burst that ends as a scan never lands.
 */
const isGuarded = (field: Editable | null): boolean => field?.dataset.scanGuard !== undefined;

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
    const gapMs = maxGapMs ?? DEFAULT_BURST.maxGapMs;
    let snapshot: Snapshot | null = null;
    let held: { field: Editable; keys: string; timer: ReturnType<typeof setTimeout> } | null = null;
    /** The held keys were a person typing: let them in. */
    const release = () => {
      if (!held) return;
      clearTimeout(held.timer);
      if (held.field.isConnected) insertAtCaret(held.field, held.keys);
      held = null;
    };
    const hold = (field: Editable, key: string) => {
      if (held && held.field !== field) release();
      if (held) clearTimeout(held.timer);
      held = { field, keys: (held?.keys ?? '') + key, timer: setTimeout(release, gapMs + 1) };
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.ctrlKey || e.altKey || e.metaKey) { release(); burst.reset(); return; }
      const step = burst.push({ key: e.key, time: e.timeStamp });
      const field = focusedField();
      if (step.type === 'start' || step.type === 'continue') {
        if (step.type === 'start') {
          release();
          snapshot = field && !isGuarded(field) ? { field, value: field.value } : null;
        }
        if (field && isGuarded(field)) { e.preventDefault(); hold(field, e.key); }
      } else if (step.type === 'scan') {
        e.preventDefault();
        e.stopPropagation();
        if (held) clearTimeout(held.timer);
        held = null;
        if (snapshot && snapshot.field.isConnected) restore(snapshot);
        snapshot = null;
        latest.current.onScan({ text: step.text, result: latest.current.decode(step.text), source: 'keyboard-scanner' });
      } else if (!isModifierKey(e.key)) {
        // Enter, Tab, Backspace...: what was typed goes in before the key acts on it.
        release();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      release();
    };
  }, [enabled, maxGapMs, minLength, terminators]);
}
