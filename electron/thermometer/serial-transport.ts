import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { OpenTransport, SerialLine, TransportEvents } from './transport.ts';

/** How often the device path is checked; an unplugged USB adapter's node disappears. */
const PATH_CHECK_MS = 250;

async function deviceId(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}:${s.rdev}`;
  } catch {
    return null;
  }
}

/**
 * A real serial port (USB-serial adapter, or a pty in tests), 8N1 at the configured baud rate,
 * for every serial device (thermometer, serial scanner, ID-card reader).
 * Loss is noticed two ways: the port closing with an error, and the device node vanishing or
 * being replaced, which a hung-up line does not always report through a read.
 */
export async function openSerialTransport(config: SerialLine, events: TransportEvents): Promise<OpenTransport> {
  if (!config.path) throw new Error('no serial port chosen');
  const path = config.path;
  const port = new SerialPort({ path, baudRate: config.baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((err) => {
    if (err) reject(new Error(`cannot open ${path}: ${err.message.replace(/^Error: /, '').split(',')[0]}`));
    else resolve();
  }));
  const openedId = await deviceId(path);
  let done = false;
  let lastError = '';
  const lose = (reason: string) => {
    if (done) return;
    done = true;
    clearInterval(watch);
    if (port.isOpen) port.close(() => undefined);
    events.lost(reason);
  };
  const watch = setInterval(() => {
    void deviceId(path).then((id) => { if (id !== openedId) lose(id ? `${path} now points to another device` : `${path} is gone`); });
  }, PATH_CHECK_MS);

  port.on('data', (chunk: Buffer) => events.data(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  // An error while open is usually followed by 'close'; report the loss once.
  port.on('error', (e: Error) => { lastError = e.message; });
  port.on('close', (e: (Error & { disconnected?: boolean }) | null) => {
    lose(e?.disconnected ? `${path} disconnected` : `${path} closed${lastError || e ? `: ${lastError || e?.message}` : ''}`);
  });
  return {
    write(bytes) {
      port.write(Buffer.from(bytes), (e) => { if (e) lastError = e.message; });
    },
    close() {
      done = true;
      clearInterval(watch);
      return new Promise((resolve) => {
        if (!port.isOpen) return resolve();
        port.close(() => resolve());
      });
    },
  };
}
