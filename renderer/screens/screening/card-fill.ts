import type { IdCardRead } from '../../../shared/api/idcard.ts';
import type { PersonScreening } from '../../../shared/domain/screening.ts';

/**
 * What a card read fills on a person: name, sex, ID number and 住址, marked as read from the
 * card (which read, when, what card). Other fields (temperature, phone, code) stay as they are.
 */
export function personFromCard(person: PersonScreening, read: IdCardRead): PersonScreening {
  const { card } = read;
  return {
    ...person,
    name: card.name.slice(0, 60),
    sex: card.sex === 'male' || card.sex === 'female' ? card.sex : 'unknown',
    idNumber: card.idNumber,
    address: card.address?.slice(0, 120),
    idCard: { source: 'card', readId: read.readId, readAt: read.at, cardType: read.cardType },
  };
}

/**
 * The card mark holds only while the ID number is still the card's: one typed over is no
 * longer "read from the card" (the station would refuse the mismatch anyway).
 */
export function keepCardMark(person: PersonScreening, cardIdNumbers: ReadonlyMap<string, string>): PersonScreening {
  if (!person.idCard || cardIdNumbers.get(person.idCard.readId) === person.idNumber) return person;
  const { idCard: _dropped, ...rest } = person;
  return rest;
}
