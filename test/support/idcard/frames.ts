import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `AA AA 96` → bytes. */
export function hex(text: string): Uint8Array {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return Uint8Array.from(parts.map((p) => Number.parseInt(p, 16)));
}

/** The full `30 01` answer for 张三 of shared/idcard-reader.md §8, from its hex dump (offset column dropped). */
export function zhangSanReadAnswer(): Uint8Array {
  const dump = readFileSync(join(import.meta.dirname, '../../fixtures/idcard/zhang-san-30-01.hexdump'), 'utf8');
  return hex(dump.split('\n').map((line) => line.slice(6)).join(' '));
}
