import { useCallback, useEffect, useState } from 'react';
import { decode } from '../../shared/decode/index.ts';
import type { DecodeOptions, DecodeResult } from '../../shared/decode/index.ts';
import { useStation } from '../app/station-context.tsx';
import { useScannerSettings } from './use-scanner-settings.ts';

/** Where a scan came from; the form treats them all alike, the record may note it. */
export type ScanSource = 'camera' | 'keyboard-scanner' | 'serial-scanner' | 'typed';

/** What any input path read: the text as read, its decoding, and the device. */
export interface Scan { text: string; result: DecodeResult; source: ScanSource }

/** The one callback shape every input path calls. */
export type OnScan = (scan: Scan) => void;

/**
 * `decode` bound to this station: its calendar day (birth dates after it are rejected), its
 * local region and plate prefixes, and how it reads health-code payloads.
 */
export function useDecode(): (text: string) => DecodeResult {
  const { client, status } = useStation();
  const [prefixes, setPrefixes] = useState<Pick<DecodeOptions, 'localRegionPrefixes' | 'localPlatePrefixes'>>({});
  useEffect(() => {
    let live = true;
    client.call('getSettings', {}).then(
      (s) => { if (live) setPrefixes({ localRegionPrefixes: s.localRegionPrefixes, localPlatePrefixes: s.localPlatePrefixes }); },
      () => { /* without settings nothing is local; the status bar shows the lost connection */ },
    );
    return () => { live = false; };
  }, [client]);
  const scanner = useScannerSettings();
  const today = status?.today ?? new Date().toISOString().slice(0, 10);
  return useCallback((text: string) => decode(text, {
    today, ...prefixes,
    ...(scanner ? { healthCodeFields: scanner.healthCodeFields, healthCodeHosts: scanner.healthCodeHosts } : {}),
  }), [today, prefixes, scanner]);
}
