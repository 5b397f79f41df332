import type { EventPayloadInput, StationEvent } from '../../shared/domain/event.ts';
import type { IsolationReadingPayload } from '../../shared/isolation/payloads.ts';

/**
 * Appends a follow-up reading and, at or over the fever line, the `isolation-fever` event that
 * names it: the hook the fever transfer opens from (item 3). Call inside one transaction.
 */
export function appendReading(
  append: (input: EventPayloadInput) => StationEvent, payload: IsolationReadingPayload, thresholdCelsius: number,
): { event: StationEvent; fever: StationEvent | null } {
  const event = append({ kind: 'isolation-reading', payload });
  if (payload.celsius < thresholdCelsius) return { event, fever: null };
  const { arrivalId, date, slot, celsius } = payload;
  return { event, fever: append({ kind: 'isolation-fever', payload: { arrivalId, readingId: event.id, date, slot, celsius, thresholdCelsius } }) };
}
