import { encodeGyFrame } from '../../shared/thermometer/gy-mcu90614.ts';
import { createPtyPair, type PtyPair } from './pty.ts';
import { PtyWriter } from './pty-writer.ts';

/**
 * A GY-MCU90614 module at the barrier, on the device end of a real pty: it streams what it
 * sees every 50 ms — the air (26.0 °C) when nobody is in front, a forehead when someone is.
 */
export interface Forehead {
  /** The station's end of the line, for the thermometer settings. */
  path: string;
  pty: PtyPair;
  writer: PtyWriter;
  /** Someone steps in front (their temperature), or away (`AIR`). */
  set(celsius: number): void;
  stop(): Promise<void>;
}

export const AIR = 26.0;

export async function foreheadModule(): Promise<Forehead> {
  const pty = await createPtyPair();
  const writer = new PtyWriter(pty.device);
  let celsius = AIR;
  const timer = setInterval(() => writer.write(encodeGyFrame(celsius, 24.5)), 50);
  return {
    path: pty.app, pty, writer,
    set(value) { celsius = value; },
    async stop() { clearInterval(timer); writer.close(); await pty.dispose(); },
  };
}
