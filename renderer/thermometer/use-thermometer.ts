import { useSyncExternalStore } from 'react';
import type { ThermometerReading } from '../../shared/api/contract.ts';
import type { DeviceStatus } from '../../shared/api/core.ts';
import type { CaptureState } from '../../shared/thermometer/stable-capture.ts';
import { useStation } from '../app/station-context.tsx';
import { thermometerFeed, type ThermometerFeed } from './thermometer-feed.ts';

export interface ThermometerView {
  device: DeviceStatus | null;
  /** The newest reading, only while the device is receiving: a fault shows no stale number. */
  live: ThermometerReading | null;
  capture: CaptureState;
  feed: ThermometerFeed;
}

/** The page's one thermometer feed for this station connection (see ThermometerFeed). */
export function useThermometerFeed(): ThermometerFeed {
  return thermometerFeed(useStation().client);
}

/**
 * The live thermometer as screens see it: the newest reading from the station's batched
 * pushes, the device state, and stable capture (shared rules) applied to the stream.
 */
export function useThermometer(): ThermometerView {
  const { status } = useStation();
  const feed = useThermometerFeed();
  const { live, capture } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  const device = status?.devices.find((d) => d.device === 'thermometer') ?? null;
  return { device, live: device?.state === 'receiving' ? live : null, capture, feed };
}
