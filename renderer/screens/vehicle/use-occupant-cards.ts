import { useCallback, useRef, useState } from 'react';
import type { VehicleScreening } from '../../../shared/domain/screening.ts';
import { emptyPerson } from '../screening/draft.ts';
import { personFromCard } from '../screening/card-fill.ts';
import { useCardReads } from '../screening/use-card-reads.ts';

/**
 * Card reads on the vehicle screen: each fills the occupant on screen (the first one is made
 * when there is none yet). `checked` drops the card mark from any occupant whose ID number was retyped.
 */
export function useOccupantCards(setVehicle: (update: (v: VehicleScreening) => VehicleScreening) => void) {
  const [active, setActiveState] = useState(0);
  const activeRef = useRef(0);
  const setActive = useCallback((i: number) => { activeRef.current = i; setActiveState(i); }, []);
  const cards = useCardReads(useCallback((read) => setVehicle((v) => {
    const occupants = v.occupants.length ? [...v.occupants] : [emptyPerson()];
    const i = Math.min(activeRef.current, occupants.length - 1);
    occupants[i] = personFromCard(occupants[i]!, read);
    return { ...v, occupants, occupantCount: Math.max(v.occupantCount, occupants.length) };
  }), [setVehicle]));
  const checked = useCallback((v: VehicleScreening) => ({ ...v, occupants: v.occupants.map(cards.checked) }), [cards]);
  return { active, setActive, checked };
}
