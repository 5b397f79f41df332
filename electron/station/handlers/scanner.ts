import { ApiError } from '../../../shared/api/contract.ts';
import { scannerMethods } from '../../../shared/api/scanner.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { scannerSettings } from '../../store/settings/scanner.ts';
import { PendingScans } from '../../scanner/pending-scans.ts';
import { SerialScannerService } from '../../scanner/serial-scanner-service.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

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
  const settings = scannerSettings.read(db);
  // A station without a serial scanner shows none in its status.
  if (settings.path) core.devices.set(service.status().device, service.status());
  if (settings.autoConnect) void service.connect(settings);

  return {
    handlers: {
      getScannerSettings: () => scannerSettings.read(db),
      async updateScannerSettings(patch, ctx) {
        const saved = auditedWrite(db, () => scannerSettings.patch(db, patch),
          (s) => ({ action: 'scanner.settings', staffId: requireStaff(ctx).staffId, detail: { path: s.path, baudRate: s.baudRate } }));
        await (saved.autoConnect ? service.connect(saved) : service.disconnect());
        return saved;
      },
      async connectScanner() {
        await service.connect(scannerSettings.read(db));
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
