import { thermometerMethods } from '../../../shared/api/thermometer.ts';
import type { ThermometerConfig } from '../../../shared/thermometer/config.ts';
import { auditedWrite } from '../../store/audit-log.ts';
import { thermometerSettings } from '../../store/settings/thermometer.ts';
import { refuseSlowPatterns } from '../../thermometer/pattern-probe.ts';
import { listSerialPorts } from '../../thermometer/serial-ports.ts';
import { ThermometerService } from '../../thermometer/thermometer-service.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/**
 * The station's thermometer: settings in the store, one ThermometerService pushing batched
 * readings and state changes onto the event bus. Opened on start when set to auto-connect.
 */
export function thermometerModule(core: StationCore): StationModule<keyof typeof thermometerMethods> {
  const { db, bus } = core;
  const service = new ThermometerService({
    onReadings: (batch) => {
      for (const reading of batch) core.readings.issue(reading);
      bus.emit('thermometerReading', batch);
    },
    onStatus: (status) => {
      core.devices.set(status.device, status);
      bus.emit('deviceStatus', status);
    },
  });
  core.devices.set('thermometer', service.status());
  const settings = thermometerSettings.read(db);
  if (settings.autoConnect) void service.connect(settings);

  const connect = async (config: ThermometerConfig) => {
    await service.connect(config);
    return service.status();
  };

  return {
    handlers: {
      listSerialPorts: () => listSerialPorts().catch(() => []),
      getThermometerSettings: () => thermometerSettings.read(db),
      async updateThermometerSettings(patch, ctx) {
        // The patterns are probed as they will be saved: the patch over what is stored.
        await refuseSlowPatterns(thermometerSettings.preview(db, patch));
        const saved = auditedWrite(db, () => thermometerSettings.patch(db, patch),
          (s) => ({ action: 'thermometer.settings', staffId: requireStaff(ctx).staffId, detail: { protocol: s.protocol, path: s.path, offsetCelsius: s.offsetCelsius } }));
        if (saved.autoConnect) await service.connect(saved);
        return saved;
      },
      connectThermometer: () => connect(thermometerSettings.read(db)),
      async disconnectThermometer() {
        await service.disconnect();
        return service.status();
      },
      async testThermometer({ config, timeoutMs }) {
        await refuseSlowPatterns(config);
        await service.connect(config);
        const reading = await service.nextReading(timeoutMs);
        if (reading) return { ok: true, reading, detail: service.status().detail };
        const d = service.diagnostics();
        const why = d.lastError?.message ?? (d.counters.bytes > 0 ? `${d.counters.bytes} bytes received, none decoded: check protocol and baud rate` : 'nothing received');
        const problem = service.status().problem ?? (d.counters.bytes > 0 ? 'not-decoded' : 'nothing-received');
        // Do not leave a failed trial retrying: back to the saved device, or off.
        const saved = thermometerSettings.read(db);
        if (saved.autoConnect) await service.connect(saved);
        else await service.disconnect();
        return { ok: false, reading: null, detail: why, problem };
      },
      thermometerDiagnostics: () => service.diagnostics(),
    },
    close: () => service.disconnect(),
  };
}
