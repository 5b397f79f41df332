import { useEffect, useState } from 'react';
import type { ScannerSettings } from '../../shared/api/scanner.ts';
import { useStation } from '../app/station-context.tsx';
import type { StationClient } from '../client/station-client.ts';

/** Saved settings reach every mounted hook at once, not only screens opened after the save. */
const changes = new EventTarget();
/**
 * One request serves every scanner hook a screen mounts at once (burst, serial, camera,
 * typing); a screen opened later asks afresh, so changes made elsewhere are picked up.
 */
const SHARE_MS = 2000;
let cached: { client: StationClient; at: number; settings: Promise<ScannerSettings> } | null = null;

function load(client: StationClient): Promise<ScannerSettings> {
  if (cached?.client !== client || performance.now() - cached.at > SHARE_MS) {
    const settings = client.call('getScannerSettings', {});
    cached = { client, at: performance.now(), settings };
    settings.catch(() => { if (cached?.settings === settings) cached = null; });
  }
  return cached.settings;
}

export function announceScannerSettings(settings: ScannerSettings): void {
  cached = null;
  changes.dispatchEvent(new CustomEvent<ScannerSettings>('change', { detail: settings }));
}

/** The station's scanning settings, or null until loaded (callers fall back to the defaults). */
export function useScannerSettings(): ScannerSettings | null {
  const { client } = useStation();
  const [settings, setSettings] = useState<ScannerSettings | null>(null);
  useEffect(() => {
    let live = true;
    load(client).then((s) => { if (live) setSettings(s); }, () => { /* defaults apply */ });
    const onChange = (e: Event) => setSettings((e as CustomEvent<ScannerSettings>).detail);
    changes.addEventListener('change', onChange);
    return () => { live = false; changes.removeEventListener('change', onChange); };
  }, [client]);
  return settings;
}
