import { useEffect, useState } from 'react';
import type { ScannerSettings } from '../../shared/api/scanner.ts';
import { useStation } from '../app/station-context.tsx';

/** Saved settings reach every mounted hook at once, not only screens opened after the save. */
const changes = new EventTarget();

export function announceScannerSettings(settings: ScannerSettings): void {
  changes.dispatchEvent(new CustomEvent<ScannerSettings>('change', { detail: settings }));
}

/** The station's scanning settings, or null until loaded (callers fall back to the defaults). */
export function useScannerSettings(): ScannerSettings | null {
  const { client } = useStation();
  const [settings, setSettings] = useState<ScannerSettings | null>(null);
  useEffect(() => {
    let live = true;
    client.call('getScannerSettings', {}).then((s) => { if (live) setSettings(s); }, () => { /* defaults apply */ });
    const onChange = (e: Event) => setSettings((e as CustomEvent<ScannerSettings>).detail);
    changes.addEventListener('change', onChange);
    return () => { live = false; changes.removeEventListener('change', onChange); };
  }, [client]);
  return settings;
}
