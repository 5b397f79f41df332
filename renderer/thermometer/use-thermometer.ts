import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThermometerReading } from '../../shared/api/contract.ts';
import type { DeviceStatus } from '../../shared/api/core.ts';
import { createStableCapture, type CaptureState } from '../../shared/thermometer/stable-capture.ts';
import { useStation } from '../app/station-context.tsx';

/** How often a quiet burst is checked for its end (the peak capture of a handheld gun). */
const TICK_MS = 150;

export interface ThermometerView {
  device: DeviceStatus | null;
  live: ThermometerReading | null;
  capture: CaptureState;
  /** Forget the capture and measure again. */
  remeasure(): void;
}

/**
 * The live thermometer as screens see it: the newest reading from the station's batched
 * pushes, the device state, and stable capture (shared rules) applied to the stream.
 */
export function useThermometer(): ThermometerView {
  const { client, status } = useStation();
  const capture = useRef(createStableCapture());
  const [live, setLive] = useState<ThermometerReading | null>(null);
  const [state, setState] = useState<CaptureState>(() => capture.current.state());

  useEffect(() => {
    const off = client.on('thermometerReading', (batch) => {
      for (const r of batch) capture.current.push(r.celsius, Date.parse(r.at));
      setLive(batch.at(-1) ?? null);
      setState(capture.current.state());
    });
    const timer = setInterval(() => {
      const before = capture.current.state();
      const after = capture.current.tick(Date.now());
      if (after.status !== before.status || after.captured !== before.captured) setState(after);
    }, TICK_MS);
    return () => { off(); clearInterval(timer); };
  }, [client]);

  const remeasure = useCallback(() => {
    capture.current.reset();
    setState(capture.current.state());
  }, []);

  const device = status?.devices.find((d) => d.device === 'thermometer') ?? null;
  return { device, live, capture: state, remeasure };
}
