import { ApiError } from '../../../shared/api/contract.ts';
import { idCardMethods } from '../../../shared/api/idcard.ts';
import { IdCardService } from '../../idcard/idcard-service.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { idCardSettings } from '../../store/settings/idcard.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/**
 * The ID-card reader: settings in the store; each card presentation goes into the station's
 * card-read ledger and is announced on the bus by its read id only (pushed events carry no
 * personal data); the screen that shows the person takes the content with `takeIdCard`.
 */
export function idCardModule(core: StationCore): StationModule<keyof typeof idCardMethods> {
  const { db, bus } = core;
  const service = new IdCardService({
    onCard(card) {
      const read = core.cardReads.add(card);
      bus.emit('idCardPresented', { readId: read.readId, at: read.at, cardType: read.cardType });
    },
    onStatus(status) {
      core.devices.set(status.device, status);
      bus.emit('deviceStatus', status);
    },
  });
  const settings = idCardSettings.read(db);
  // A station without a reader shows none in its status.
  if (settings.path || settings.mode === 'virtual') core.devices.set(service.status().device, service.status());
  if (settings.autoConnect) void service.connect(settings);

  return {
    handlers: {
      getIdCardSettings: () => idCardSettings.read(db),
      async updateIdCardSettings(patch, ctx) {
        const saved = auditedWrite(db, () => idCardSettings.patch(db, patch),
          (s) => ({ action: 'idcard.settings', staffId: requireStaff(ctx).staffId, detail: { mode: s.mode, path: s.path, baudRate: s.baudRate } }));
        await (saved.autoConnect ? service.connect(saved) : service.disconnect());
        return saved;
      },
      async connectIdCardReader() {
        await service.connect(idCardSettings.read(db));
        return service.status();
      },
      async disconnectIdCardReader() {
        await service.disconnect();
        return service.status();
      },
      async testIdCardReader({ settings: trial, timeoutMs }) {
        const answer = service.nextSamStatus(timeoutMs);
        await service.connect(trial);
        const sam = await answer;
        if (sam) return { ok: sam.ok, detail: sam.detail };
        const why = service.diagnostics().lastError?.message ?? 'no answer from the reader: check the port and the baud rate';
        // Do not leave a failed trial retrying: back to the saved reader, or off.
        const saved = idCardSettings.read(db);
        await (saved.autoConnect ? service.connect(saved) : service.disconnect());
        return { ok: false, detail: why };
      },
      idCardDiagnostics: () => service.diagnostics(),
      takeIdCard: ({ readId }) => core.cardReads.take(readId),
      presentTrainingCard() {
        if (!service.presentTrainingCard()) throw new ApiError('conflict', 'the reader is not the virtual (training) reader');
        return { ok: true as const };
      },
    },
    close: () => service.disconnect(),
  };
}
