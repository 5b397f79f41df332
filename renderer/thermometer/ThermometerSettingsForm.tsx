import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerialPortInfo, ThermometerSettings } from '../../shared/api/thermometer.ts';
import { BAUD_RATES, ProtocolName } from '../../shared/thermometer/config.ts';
import { MODBUS_PRESETS, type ModbusPreset } from '../../shared/thermometer/modbus.ts';
import { portLabel, SerialPortFields } from '../app/SerialPortFields.tsx';

interface Props {
  value: ThermometerSettings;
  onChange(next: ThermometerSettings): void;
  ports: SerialPortInfo[];
  onRefreshPorts(): void;
}

/** `18`, `0x12` or `0X0e` → register number; null if not a 16-bit register. */
export function parseRegister(text: string): number | null {
  const t = text.trim();
  if (!/^(0x[0-9a-f]{1,4}|\d{1,5})$/i.test(t)) return null;
  const n = Number(t);
  return n <= 0xffff ? n : null;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

function presetOf(m: ThermometerSettings['modbus']): ModbusPreset | 'custom' {
  const found = (Object.keys(MODBUS_PRESETS) as ModbusPreset[]).find((k) => {
    const p = MODBUS_PRESETS[k];
    return p.fn === m.fn && p.register === m.register && p.scale === m.scale;
  });
  return found ?? 'custom';
}

/** Protocol, port, baud, offset, and the protocol's own fields. */
export function ThermometerSettingsForm({ value, onChange, ports, onRefreshPorts }: Props) {
  const { t } = useTranslation('thermometer');
  const [registerText, setRegisterText] = useState(hex(value.modbus.register));
  // A preset or loaded settings change the register: show it, but leave the box alone while typing.
  useEffect(() => {
    setRegisterText((text) => (parseRegister(text) === value.modbus.register ? text : hex(value.modbus.register)));
  }, [value.modbus.register]);

  const set = (patch: Partial<ThermometerSettings>) => onChange({ ...value, ...patch });
  const setModbus = (patch: Partial<ThermometerSettings['modbus']>) => set({ modbus: { ...value.modbus, ...patch } });
  const num = (text: string) => (text.trim() === '' ? NaN : Number(text));
  const register = parseRegister(registerText);

  return (
    <div className="thermometer-settings">
      <label>{t('settings.protocol')}
        <select name="protocol" value={value.protocol} onChange={(e) => set({ protocol: e.target.value as ThermometerSettings['protocol'] })}>
          {ProtocolName.options.map((p) => <option key={p} value={p}>{t(`protocol.${p}`)}</option>)}
        </select>
      </label>
      {value.protocol !== 'virtual' && (
        <div className="row">
          <SerialPortFields names={{ port: 'port', baud: 'baud' }} labels={{ port: t('settings.port'), baud: t('settings.baud') }}
            placeholder="/dev/ttyUSB0 · COM3" path={value.path} baudRate={value.baudRate} baudRates={BAUD_RATES} ports={ports} onChange={set} />
        </div>
      )}
      {value.protocol !== 'virtual' && (
        <p className="field-hint" data-testid="port-list">
          {ports.length ? ports.map(portLabel).join(' | ') : t('settings.noPorts')}{' '}
          <button type="button" onClick={onRefreshPorts}>{t('settings.refreshPorts')}</button>
        </p>
      )}
      <label>{t('settings.offset')}
        <input name="offset" type="number" step="0.1" min="-5" max="5" value={value.offsetCelsius} onChange={(e) => set({ offsetCelsius: num(e.target.value) })} />
      </label>
      {value.protocol === 'modbus' && (
        <fieldset>
          <legend>Modbus RTU</legend>
          <label>{t('settings.preset')}
            <select name="preset" value={presetOf(value.modbus)} onChange={(e) => {
              const preset = e.target.value as ModbusPreset | 'custom';
              if (preset !== 'custom') setModbus({ ...MODBUS_PRESETS[preset] });
            }}>
              <option value="custom">{t('settings.presetCustom')}</option>
              {(Object.keys(MODBUS_PRESETS) as ModbusPreset[]).map((k) => <option key={k} value={k}>{t(`preset.${k}`)}</option>)}
            </select>
          </label>
          <div className="row">
            <label>{t('settings.slave')}<input name="slave" type="number" min="1" max="247" value={value.modbus.slave} onChange={(e) => setModbus({ slave: num(e.target.value) })} /></label>
            <label>{t('settings.function')}
              <select name="function" value={value.modbus.fn} onChange={(e) => setModbus({ fn: Number(e.target.value) as 3 | 4 })}>
                <option value={3}>{t('settings.fn3')}</option>
                <option value={4}>{t('settings.fn4')}</option>
              </select>
            </label>
            <label>{t('settings.register')}
              <input name="register" value={registerText} aria-invalid={register === null}
                onChange={(e) => { setRegisterText(e.target.value); const r = parseRegister(e.target.value); if (r !== null) setModbus({ register: r }); }} />
            </label>
          </div>
          <div className="row">
            <label>{t('settings.scale')}<input name="scale" type="number" step="0.01" value={value.modbus.scale} onChange={(e) => setModbus({ scale: num(e.target.value) })} /></label>
            <label>{t('settings.interval')}<input name="interval" type="number" min="20" step="10" value={value.modbus.intervalMs} onChange={(e) => setModbus({ intervalMs: num(e.target.value) })} /></label>
          </div>
        </fieldset>
      )}
      {value.protocol === 'ascii' && (
        <fieldset>
          <legend>{t('protocol.ascii')}</legend>
          <label>{t('settings.pattern')}<input name="pattern" value={value.ascii.pattern} onChange={(e) => set({ ascii: { ...value.ascii, pattern: e.target.value } })} /></label>
          <label>{t('settings.defaultUnit')}
            <select name="unit" value={value.ascii.defaultUnit} onChange={(e) => set({ ascii: { ...value.ascii, defaultUnit: e.target.value as 'C' | 'F' } })}>
              <option value="C">°C</option><option value="F">°F</option>
            </select>
          </label>
        </fieldset>
      )}
      {value.protocol === 'virtual' && <p className="field-hint">{t('settings.virtualHint')}</p>}
      <label className="inline">
        <input type="checkbox" name="autoConnect" checked={value.autoConnect} onChange={(e) => set({ autoConnect: e.target.checked })} />
        {t('settings.autoConnect')}
      </label>
    </div>
  );
}
