import { SerialPort } from 'serialport';
import type { SerialPortInfo } from '../../shared/api/thermometer.ts';

/** USB-serial chips found in thermometer adapters, by USB vendor:product id. */
const KNOWN_CHIPS: Record<string, string> = {
  '1a86:7523': 'CH340',
  '1a86:5523': 'CH341',
  '1a86:55d4': 'CH9102',
  '10c4:ea60': 'CP2102',
  '0403:6001': 'FTDI FT232R',
  '0403:6015': 'FTDI FT231X',
  '067b:2303': 'Prolific PL2303',
};

/** The serial ports the OS reports (USB adapters show vendor and product; ptys never appear). */
export async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => {
    const vendorId = (p.vendorId ?? '').toLowerCase();
    const productId = (p.productId ?? '').toLowerCase();
    return {
      path: p.path,
      manufacturer: p.manufacturer ?? '',
      vendorId,
      productId,
      serialNumber: p.serialNumber ?? '',
      chip: KNOWN_CHIPS[`${vendorId}:${productId}`] ?? '',
    };
  });
}
