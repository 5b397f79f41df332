import type { ThermometerDiagnostics } from '../../shared/api/thermometer.ts';
import { toHex, type ParseEvent } from '../../shared/thermometer/types.ts';

type Raw = ThermometerDiagnostics['raw'][number];
type Frame = ThermometerDiagnostics['frames'][number];

const RAW_ENTRIES = 40;
const RAW_BYTES_PER_ENTRY = 64;
const FRAME_ENTRIES = 30;

function pushBounded<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

/** The recent traffic the diagnostics screen shows: raw hex both ways, decoded frames, last error. */
export class DiagnosticsLog {
  readonly raw: Raw[] = [];
  readonly frames: Frame[] = [];
  lastError: { at: string; message: string } | null = null;

  traffic(dir: Raw['dir'], bytes: Uint8Array): void {
    const shown = bytes.subarray(0, RAW_BYTES_PER_ENTRY);
    const more = bytes.length > shown.length ? ` … (+${bytes.length - shown.length} bytes)` : '';
    pushBounded(this.raw, { at: new Date().toISOString(), dir, hex: toHex(shown) + more }, RAW_ENTRIES);
  }

  decoded(event: ParseEvent): void {
    const at = new Date().toISOString();
    const hex = event.frame ? toHex(event.frame.subarray(0, RAW_BYTES_PER_ENTRY)) : '';
    if (event.kind === 'reading') {
      const ambient = event.ambientCelsius === undefined ? '' : `, ambient ${event.ambientCelsius} °C`;
      pushBounded(this.frames, { at, kind: 'reading', celsius: event.celsius, detail: `${event.celsius} °C${ambient}`, hex }, FRAME_ENTRIES);
    } else {
      pushBounded(this.frames, { at, kind: event.fault, celsius: null, detail: event.detail, hex }, FRAME_ENTRIES);
      this.error(event.detail);
    }
  }

  error(message: string): void {
    this.lastError = { at: new Date().toISOString(), message };
  }

  clear(): void {
    this.raw.length = 0;
    this.frames.length = 0;
    this.lastError = null;
  }
}
