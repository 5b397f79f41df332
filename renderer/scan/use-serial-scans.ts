import { useEffect, useRef } from 'react';
import { useStation } from '../app/station-context.tsx';
import { type OnScan, useDecode } from './use-decode.ts';

/**
 * Scans from the serial (COM) barcode scanner, decoded like the rest. The station pushes only
 * that a scan is waiting; this screen takes its text (once, under its session).
 */
export function useSerialScans(onScan: OnScan): void {
  const { client } = useStation();
  const decode = useDecode();
  const latest = useRef({ onScan, decode });
  latest.current = { onScan, decode };
  useEffect(() => client.on('serialScan', ({ id }) => {
    client.call('takeSerialScan', { id })
      .then(({ text }) => latest.current.onScan({ text, result: latest.current.decode(text), source: 'serial-scanner' }))
      .catch(() => undefined); // taken by another open screen, or too old: not this screen's scan
  }), [client]);
}
