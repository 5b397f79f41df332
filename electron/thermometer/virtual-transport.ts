import { encodeGyFrame, GY_QUERY_ONCE, GY_START_CONTINUOUS } from '../../shared/thermometer/gy-mcu90614.ts';
import { createVirtualThermometer, VIRTUAL_FRAME_INTERVAL_MS } from '../../shared/thermometer/virtual.ts';
import type { OpenTransportFn } from './transport.ts';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The virtual thermometer as a transport: it behaves like a GY-MCU90614 module, streaming
 * frames once it is sent the start command and answering one-shot queries, so the service,
 * the parser and the UI run exactly as with the real module.
 */
export const openVirtualTransport: OpenTransportFn = async (config, events) => {
  const simulator = createVirtualThermometer(config.virtual);
  const sendOne = () => {
    const s = simulator.next();
    events.data(encodeGyFrame(s.celsius, s.ambientCelsius));
  };
  let timer: NodeJS.Timeout | null = null;
  return {
    write(bytes) {
      if (sameBytes(bytes, GY_START_CONTINUOUS) && !timer) timer = setInterval(sendOne, VIRTUAL_FRAME_INTERVAL_MS);
      else if (sameBytes(bytes, GY_QUERY_ONCE)) setImmediate(sendOne);
    },
    async close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
};
