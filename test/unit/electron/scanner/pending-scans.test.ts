import { describe, expect, it } from 'vitest';
import { PENDING_SCAN_TTL_MS, PendingScans } from '../../../../electron/scanner/pending-scans.ts';

const scan = (text: string) => ({ text, at: '2026-12-06T02:00:00.000Z' });

describe('serial scans waiting for a screen', () => {
  it('are taken once, by id', () => {
    const pending = new PendingScans();
    const id = pending.put(scan('450203199001011233'), 0);
    expect(pending.take('00000000-0000-4000-8000-000000000000', 1)).toBeNull();
    expect(pending.take(id, 1)).toEqual(scan('450203199001011233'));
    expect(pending.take(id, 2)).toBeNull();
  });

  it('are gone after a minute', () => {
    const pending = new PendingScans();
    const old = pending.put(scan('a'), 0);
    const fresh = pending.put(scan('b'), 1);
    expect(pending.take(old, PENDING_SCAN_TTL_MS)).toBeNull();
    expect(pending.take(fresh, PENDING_SCAN_TTL_MS)).toEqual(scan('b'));
  });

  it('keep only the newest sixteen', () => {
    const pending = new PendingScans();
    const ids = Array.from({ length: 17 }, (_, i) => pending.put(scan(String(i)), 0));
    expect(pending.take(ids[0]!, 0)).toBeNull();
    expect(pending.take(ids[1]!, 0)).toEqual(scan('1'));
    expect(pending.take(ids[16]!, 0)).toEqual(scan('16'));
  });
});
