import { useEffect, useRef } from 'react';
import { useStation } from '../app/station-context.tsx';
import { type OnScan, useDecode } from './use-decode.ts';

/** Scans from the serial (COM) barcode scanner, pushed by the station, decoded like the rest. */
export function useSerialScans(onScan: OnScan): void {
  const { client } = useStation();
  const decode = useDecode();
  const latest = useRef({ onScan, decode });
  latest.current = { onScan, decode };
  useEffect(() => client.on('serialScan', ({ text }) => {
    latest.current.onScan({ text, result: latest.current.decode(text), source: 'serial-scanner' });
  }), [client]);
}
