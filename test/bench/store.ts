import { performance } from 'node:perf_hooks';
import { localPersonScreening, tempStation } from '../support/temp-station.ts';
import { percentile, type BenchRow } from './bench-row.ts';

/** Time to record one screening durably (validated, judged, hash-chained, fsynced), over 2,000. */
export async function benchStore(count = 2000): Promise<BenchRow[]> {
  const t = await tempStation();
  try {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const input = localPersonScreening(`测试${i}`);
      const start = performance.now();
      await t.station.call('recordScreening', input, t.staff);
      samples.push(performance.now() - start);
    }
    return [
      { name: `record one screening durably, p50 (n=${count})`, value: percentile(samples, 50), unit: 'ms', goal: '' },
      { name: `record one screening durably, p99 (n=${count})`, value: percentile(samples, 99), unit: 'ms', goal: '' },
    ];
  } finally {
    await t.close();
  }
}
