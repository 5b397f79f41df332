import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ApiErrorCode, methodNames, type MethodName } from '../../../../shared/api/contract.ts';
import { ScreeningPayload } from '../../../../shared/domain/event.ts';
import { integrityOf } from '../../../../electron/store/backup.ts';
import { eventById, iterateEvents } from '../../../../electron/store/event-log.ts';
import { verifyStoredChain } from '../../../../electron/store/chain-check.ts';
import { HOSTILE_SAMPLES, hostileString, hostileValue } from '../../../support/hostile.ts';
import { localPersonScreening, tempStation, type TempStation } from '../../../support/temp-station.ts';

// Methods that would end the session the test calls with, or wait on hardware by design.
const NOT_FUZZED = new Set<MethodName>(['signOut', 'testThermometer']);

let t: TempStation;
beforeAll(async () => { t = await tempStation(); });
afterAll(async () => {
  // Whatever was thrown at it, the store holds only whole, valid records on an intact chain.
  const db = t.station.core.db;
  expect(integrityOf(db)).toBe('ok');
  expect(verifyStoredChain(db)).toBeNull();
  for (const e of iterateEvents(db)) if (e.kind === 'screening') expect(ScreeningPayload.safeParse(e.payload).success).toBe(true);
  await t.close();
});

const eventCount = () => (t.station.core.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;

/** The boundary's promise: an answer, or an ApiError with a known code. Nothing else escapes. */
async function answerOrApiError(call: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await call };
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect(ApiErrorCode.options).toContain((err as ApiError).code);
    return { ok: false, code: (err as ApiError).code };
  }
}

describe('every contract method, given hostile input', () => {
  it.each(methodNames.filter((m) => !NOT_FUZZED.has(m)))('%s answers or refuses with an ApiError, never throws past the boundary', async (method) => {
    await fc.assert(fc.asyncProperty(hostileValue(), async (input) => {
      const outcome = await answerOrApiError(t.station.call(method, input, t.supervisor));
      if (!outcome.ok) expect(outcome.code).not.toBe('internal');
    }), { numRuns: 25 });
  });
});

describe('a screening full of hostile text', () => {
  const fields = ['name', 'idNumber', 'phone', 'origin', 'destination', 'reason'] as const;

  it('is stored whole and read back exactly, or refused whole as a bad request', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...fields), hostileString(), async (field, text) => {
      const input = localPersonScreening();
      if (input.screening.kind !== 'person') throw new Error('person screening expected');
      (input.screening.person as Record<string, unknown>)[field] = text;
      const before = eventCount();
      const outcome = await answerOrApiError(t.station.call('recordScreening', input, t.staff));
      if (!outcome.ok) {
        expect(outcome.code).toBe('bad-request');
        expect(eventCount()).toBe(before);
        return;
      }
      expect(eventCount()).toBe(before + 1);
      const returned = outcome.value as { id: string; hash: string; payload: unknown };
      const stored = eventById(t.station.core.db, returned.id)!;
      expect(stored.hash).toBe(returned.hash);
      expect(stored.payload).toEqual(returned.payload);
      // Searching for the same hostile text is a harmless query, not an injection.
      await answerOrApiError(t.station.call('listEvents', { text: text.slice(0, 60) }, t.staff));
    }), { numRuns: 150, examples: HOSTILE_SAMPLES.map((text, i) => [fields[i % fields.length]!, text] as [typeof fields[number], string]) });
    expect(verifyStoredChain(t.station.core.db)).toBeNull();
  });
});
