import { describe, expect, it } from 'vitest';
import type { IdCardRead } from '../../../../../shared/api/idcard.ts';
import { keepCardMark, personFromCard } from '../../../../../renderer/screens/screening/card-fill.ts';
import { emptyPerson } from '../../../../../renderer/screens/screening/draft.ts';

const READ: IdCardRead = {
  readId: '6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f', at: '2026-12-06T02:00:00.000Z', cardType: 'resident',
  card: { cardType: 'resident', name: '张三', sex: 'male', nation: '汉族', birthDate: '1990-07-21', address: '广西壮族自治区柳州市城中区某某路1号', idNumber: '450202199007210018', issuer: '柳州市公安局城中分局', validFrom: '2015-01-01', validTo: '2035-01-01' },
};

describe('what a card read fills on a person', () => {
  it('fills name, sex, ID number and address, marks the source, and keeps what staff already entered', () => {
    const before = { ...emptyPerson(), phone: '13800001111', temperature: { celsius: 36.6, source: 'device' as const, offsetCelsius: 0 } };
    expect(personFromCard(before, READ)).toEqual({
      ...before, name: '张三', sex: 'male', idNumber: '450202199007210018', address: '广西壮族自治区柳州市城中区某某路1号',
      idCard: { source: 'card', readId: READ.readId, readAt: READ.at, cardType: 'resident' },
    });
  });

  it('records GB/T 2261.1 "not stated" as unknown sex', () => {
    expect(personFromCard(emptyPerson(), { ...READ, card: { ...READ.card, sex: 'unspecified' } }).sex).toBe('unknown');
  });

  it('drops the card mark once the ID number is typed over, and keeps it otherwise', () => {
    const filled = personFromCard(emptyPerson(), READ);
    const ids = new Map([[READ.readId, READ.card.idNumber]]);
    expect(keepCardMark(filled, ids)).toBe(filled);
    expect(keepCardMark({ ...filled, idNumber: '450203199001011233' }, ids)).not.toHaveProperty('idCard');
    expect(keepCardMark(emptyPerson(), ids)).toEqual(emptyPerson());
  });
});
