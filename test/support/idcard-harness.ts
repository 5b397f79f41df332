import type { DeviceStatus } from '../../shared/api/core.ts';
import { deviceWaiter } from './device-wait.ts';
import type { IdCard } from '../../shared/idcard/card.ts';
import { IdCardService, type IdCardServiceOptions } from '../../electron/idcard/idcard-service.ts';
import { createPtyPair } from './pty.ts';
import { startDevice } from './devices/start-device.ts';

/** An IdCardService on one end of a real socat pty pair, the fake reader process on the other. */
export async function idCardRig(deviceArgs: string[] = [], options: Partial<IdCardServiceOptions> = {}) {
  const pty = await createPtyPair();
  const reader = await startDevice('idcard-reader', pty.device, deviceArgs);
  const cards: IdCard[] = [];
  const states: DeviceStatus[] = [];
  const service = new IdCardService({ onCard: (c) => cards.push(c), onStatus: (s) => states.push(s), firstRetryMs: 50, maxRetryMs: 200, ...options });

  const until = deviceWaiter(states, 8000);

  return {
    pty, reader, service, cards, states, until,
    connect: () => service.connect({ mode: 'serial', path: pty.app, baudRate: 115200 }),
    /** Waits for the reader to answer `n` more requests of one kind (`findCard`, `readText`). */
    async answered(command: string, n = 1) {
      for (let i = 0; i < n; i++) await reader.nextLine(`sent ${command}`);
    },
    ready: () => until(() => service.status().state === 'receiving', 'the reader ready'),
    async dispose() {
      await service.disconnect();
      await reader.stop();
      await pty.dispose();
    },
  };
}
