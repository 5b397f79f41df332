import { realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';

function resolved(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * The fake devices' side of a pty: open the path, and when the line goes away (the pty pair was
 * killed) keep trying until it comes back, like a device that stays powered while its cable is
 * pulled. Prints `ready` on stdout each time the port opens, so tests can wait for it.
 */
export function runDevicePort(path: string, onOpen: (port: SerialPort) => void): void {
  const tryOpen = () => {
    const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
    port.open((err) => {
      if (err) {
        setTimeout(tryOpen, 30);
        return;
      }
      const opened = resolved(path);
      // The pty pair was killed: its link is gone or points to a new pty.
      const watch = setInterval(() => {
        if (resolved(path) !== opened && port.isOpen) port.close();
      }, 50);
      // Keep reading even if the device ignores input: a hung-up line only shows on a read.
      port.on('data', () => undefined);
      port.on('error', () => { if (port.isOpen) port.close(); });
      port.once('close', () => {
        clearInterval(watch);
        setTimeout(tryOpen, 30);
      });
      onOpen(port);
      process.stdout.write(`ready ${path}\n`);
    });
  };
  tryOpen();
  process.once('SIGTERM', () => process.exit(0));
}

/** Comma-separated numbers; `0x` hex allowed. */
export function numberList(text: string | undefined, fallback: number[]): number[] {
  if (!text) return fallback;
  return text.split(',').map((v) => Number(v.trim()));
}
