import { useCallback, useEffect, useRef } from 'react';
import type { IdCardRead } from '../../../shared/api/idcard.ts';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import { useStation } from '../../app/station-context.tsx';
import { keepCardMark } from './card-fill.ts';

/**
 * Cards laid on the ID-card reader, for the screen that shows the person: the station
 * announces a read by its id only, and this screen takes the content (once) and hands it on.
 * Returns `checked`, which drops the card mark from a person whose ID number was retyped.
 */
export function useCardReads(onCard: (read: IdCardRead) => void): { checked(person: PersonScreening): PersonScreening } {
  const { client } = useStation();
  const latest = useRef(onCard);
  latest.current = onCard;
  const idNumbers = useRef(new Map<string, string>());
  useEffect(() => client.on('idCardPresented', ({ readId }) => {
    client.call('takeIdCard', { readId }).then((read) => {
      idNumbers.current.set(read.readId, read.card.idNumber);
      latest.current(read);
    }, () => {
      // Taken by another window or too old: nothing to fill; the staff member lays the card again.
    });
  }), [client]);
  const checked = useCallback((person: PersonScreening) => keepCardMark(person, idNumbers.current), []);
  return { checked };
}
