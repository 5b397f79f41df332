import { describe, expect, it } from 'vitest';
import { CardReadLedger } from '../../../../electron/idcard/card-read-ledger.ts';
import type { IdCard } from '../../../../shared/idcard/card.ts';
import type { Screening } from '../../../../shared/domain/screening.ts';
import { emptyPerson } from '../../../../renderer/screens/screening/draft.ts';

const CARD: IdCard = { cardType: 'resident', name: '张三', sex: 'male', birthDate: '1990-07-21', idNumber: '450202199007210018', validFrom: '2015-01-01', validTo: '2035-01-01' };

function person(readId: string, idNumber = CARD.idNumber): Screening {
  return { kind: 'person', direction: 'in', person: { ...emptyPerson(), idNumber, idCard: { source: 'card', readId, readAt: '', cardType: 'resident' } } };
}

describe('the card-read ledger', () => {
  it('forgets a read after 10 minutes: it can no longer be taken or vouch for a record', () => {
    let now = 0;
    const ledger = new CardReadLedger(() => now);
    const a = ledger.add(CARD);
    const b = ledger.add(CARD);
    ledger.take(b.readId);
    now = 10 * 60_000 + 1;
    expect(() => ledger.take(a.readId)).toThrow(/already taken, or too old/);
    expect(() => ledger.check(person(b.readId))).toThrow(/not a read this station made/);
  });

  it('lets one read vouch for one person only, also within one vehicle', () => {
    const ledger = new CardReadLedger();
    const { readId } = ledger.add(CARD);
    ledger.take(readId);
    const p = person(readId);
    const occupant = p.kind === 'person' ? p.person : emptyPerson();
    const car: Screening = { kind: 'vehicle', direction: 'in', vehicle: { plate: '桂B12345', vehicleType: 'private-car', occupantCount: 2, occupants: [occupant, occupant], origin: '', destination: '', reason: '', greenChannel: '' } };
    expect(() => ledger.check(car)).toThrow(/already used for another person/);
    expect(ledger.check(p)).toEqual([readId]);
    ledger.markUsed([readId]);
    expect(() => ledger.check(p)).toThrow(/already used/);
  });

  it('accepts a lower-case x typed for the card’s X', () => {
    const ledger = new CardReadLedger();
    const { readId } = ledger.add({ ...CARD, idNumber: '43010419600815003X' });
    ledger.take(readId);
    expect(ledger.check(person(readId, '43010419600815003x'))).toEqual([readId]);
  });

  it('ignores people without a card mark', () => {
    const ledger = new CardReadLedger();
    expect(ledger.check({ kind: 'person', direction: 'in', person: emptyPerson() })).toEqual([]);
  });
});
