/**
 * CRC-16/MODBUS: reflected polynomial 0xA001, init 0xFFFF, sent low byte first.
 * check("123456789") = 0x4B37. Table-driven because the parser checks a CRC per candidate frame.
 */
const TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc16Modbus(bytes: ArrayLike<number>, length = bytes.length): number {
  let crc = 0xffff;
  for (let i = 0; i < length; i++) crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]!) & 0xff]!;
  return crc;
}

/** Append the CRC (low byte first) to a frame body. */
export function withCrc(body: ArrayLike<number>): Uint8Array {
  const crc = crc16Modbus(body);
  const out = new Uint8Array(body.length + 2);
  out.set(Array.from(body));
  out[body.length] = crc & 0xff;
  out[body.length + 1] = crc >>> 8;
  return out;
}

/** True when the last two bytes are the CRC of the rest. */
export function crcOk(frame: Uint8Array): boolean {
  if (frame.length < 3) return false;
  const crc = crc16Modbus(frame, frame.length - 2);
  return frame[frame.length - 2] === (crc & 0xff) && frame[frame.length - 1] === crc >>> 8;
}
