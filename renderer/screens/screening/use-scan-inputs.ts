import { useScannerBurst } from '../../scan/use-scanner-burst.ts';
import type { OnScan } from '../../scan/use-decode.ts';
import { useSerialScans } from '../../scan/use-serial-scans.ts';

/** The scanners that need no tap: a USB scanner typing a burst, and a serial scanner. */
export function useScanInputs(onScan: OnScan): void {
  useScannerBurst(onScan);
  useSerialScans(onScan);
}
