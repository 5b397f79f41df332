import { useCallback, useEffect, useState } from 'react';
import type { SerialPortInfo } from '../../shared/api/thermometer.ts';
import { useStation } from './station-context.tsx';

/** A port as the list shows it: the path, then what the adapter says it is. */
export function portLabel(p: SerialPortInfo): string {
  const ids = p.vendorId ? `${p.vendorId}:${p.productId}` : '';
  return [p.path, p.chip, p.manufacturer, ids].filter(Boolean).join(' · ');
}

/** A stable default: a new function each render would list the ports again on every render. */
const ignore = () => {};

/**
 * The serial ports the station sees, and a way to look again. A failure leaves the list empty:
 * the port can still be typed (a pty or an adapter the system does not list).
 */
export function useSerialPorts(onError: (err: unknown) => void = ignore): [SerialPortInfo[], () => void] {
  const { client } = useStation();
  const [ports, setPorts] = useState<SerialPortInfo[]>([]);
  const refresh = useCallback(() => { client.call('listSerialPorts', {}).then(setPorts, onError); }, [client, onError]);
  useEffect(refresh, [refresh]);
  return [ports, refresh];
}

interface Props {
  /** Form field names, kept per device so each form's fields stay addressable. */
  names: { port: string; baud: string };
  labels: { port: string; baud: string };
  placeholder: string;
  path: string;
  baudRate: number;
  baudRates: readonly number[];
  ports: SerialPortInfo[];
  onChange(next: { path?: string; baudRate?: number }): void;
}

/** Every serial device's port and speed: the port typed or picked from what the station sees. */
export function SerialPortFields({ names, labels, placeholder, path, baudRate, baudRates, ports, onChange }: Props) {
  const listId = `${names.port}-list`;
  return (
    <>
      <label>
        {labels.port}
        <input name={names.port} list={listId} value={path} placeholder={placeholder} onChange={(e) => onChange({ path: e.target.value })} />
        <datalist id={listId}>{ports.map((p) => <option key={p.path} value={p.path}>{portLabel(p)}</option>)}</datalist>
      </label>
      <label>
        {labels.baud}
        <select name={names.baud} value={baudRate} onChange={(e) => onChange({ baudRate: Number(e.target.value) })}>
          {baudRates.map((b) => <option key={b} value={b}>{b}</option>)}
        </select>
      </label>
    </>
  );
}
