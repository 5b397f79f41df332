import { execFile } from 'node:child_process';

/**
 * The Electron binary's path, downloading it first if the package can (Electron fetches it
 * lazily on first use). Null when it is absent and cannot be fetched, as on offline machines.
 */
export function electronBinary(timeoutMs = 60_000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { timeout: timeoutMs }, (err, stdout) => {
      resolve(err || !stdout.trim() ? null : stdout.trim());
    });
  });
}
