import type { DeviceStatus } from '../../shared/api/core.ts';
import { deviceWaiter } from './device-wait.ts';
import type { ThermometerReading } from '../../shared/api/contract.ts';
import { ThermometerConfig, type ThermometerConfigInput } from '../../shared/thermometer/config.ts';
import { ThermometerService, type ThermometerServiceOptions } from '../../electron/thermometer/thermometer-service.ts';

/** A ThermometerService with everything it reports collected, plus ways to wait on it. */
export function harness(options: Partial<ThermometerServiceOptions> = {}) {
  const readings: ThermometerReading[] = [];
  const batches: { at: number; size: number }[] = [];
  const states: DeviceStatus[] = [];
  const service = new ThermometerService({
    onReadings: (batch) => {
      readings.push(...batch);
      batches.push({ at: performance.now(), size: batch.length });
    },
    onStatus: (s) => states.push(s),
    ...options,
  });

  const until = deviceWaiter(states, 5000);

  return {
    service, readings, batches, states,
    connect: (config: ThermometerConfigInput) => service.connect(ThermometerConfig.parse(config)),
    until,
    /** Waits until `count` more readings than now have arrived. */
    readingsAfter: (count: number, timeoutMs = 5000) => {
      const from = readings.length;
      return until(() => readings.length >= from + count && readings.slice(from), `${count} readings`, timeoutMs);
    },
    stateNames: () => states.map((s) => s.state),
  };
}
