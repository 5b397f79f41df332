import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/contract.ts';
import { scannerMethods, ScannerSettings } from '../../../shared/api/scanner.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { patchSettings, readSettings } from '../../store/settings-store.ts';
import { PendingScans } from '../../scanner/pending-scans.ts';
import { SerialScannerService } from '../../scanner/serial-scanner-service.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

const SCANNER_SETTINGS = 'scanner';

function readScannerSettings(db: Database): ScannerSettings {
  return readSettings(db, SCANNER_SETTINGS, ScannerSettings);
}

/** The serial barcode scanner: settings in the store, each scanned line announced as `serialScan`. */
export function scannerModule(core: StationCore): StationModule<keyof typeof scannerMethods> {
  const { db, bus } = core;
  const pending = new PendingScans();
  const service = new SerialScannerService({
    onScan: (scan) => bus.emit('serialScan', { id: pending.put(scan), at: scan.at }),
    onStatus: (status) => {
      core.devices.set(status.device, status);
      bus.emit('deviceStatus', status);
    },
  });
  const settings = readScannerSettings(db);
  // A station without a serial scanner shows none in its status.
  if (settings.path) core.devices.set(service.status().device, service.status());
  if (settings.autoConnect) void service.connect(settings);

  return {
    handlers: {
      getScannerSettings: () => readScannerSettings(db),
      async updateScannerSettings(patch, ctx) {
        const saved = auditedWrite(db, () => patchSettings(db, SCANNER_SETTINGS, ScannerSettings, patch),
          (s) => ({ action: 'scanner.settings', staffId: requireStaff(ctx).staffId, detail: { path: s.path, baudRate: s.baudRate } }));
        await (saved.autoConnect ? service.connect(saved) : service.disconnect());
        return saved;
      },
      async connectScanner() {
        await service.connect(readScannerSettings(db));
        return service.status();
      },
      async disconnectScanner() {
        await service.disconnect();
        return service.status();
      },
      takeSerialScan({ id }) {
        const scan = pending.take(id);
        if (!scan) throw new ApiError('not-found', 'that scan was taken already or is more than a minute old');
        return scan;
      },
    },
    close: () => service.disconnect(),
  };
}
