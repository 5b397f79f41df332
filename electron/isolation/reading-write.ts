import type { EventPayloadInput, StationEvent } from '../../shared/domain/event.ts';
import type { IsolationReadingPayload } from '../../shared/isolation/payloads.ts';

/**
 * Appends a follow-up reading and, at or over the fever line, the `isolation-fever` event that
 * names it: the hook the fever transfer opens from (item 3). Call inside one transaction.
 */
export function appendReading(
  append: (input: EventPayloadInput) => StationEvent, payload: IsolationReadingPayload, thresholdCelsius: number,
): { event: StationEvent; fever: boolean } {
  const event = append({ kind: 'isolation-reading', payload });
  const fever = payload.celsius >= thresholdCelsius;
  if (fever) {
    const { arrivalId, date, slot, celsius } = payload;
    append({ kind: 'isolation-fever', payload: { arrivalId, readingId: event.id, date, slot, celsius, thresholdCelsius } });
  }
  return { event, fever };
}
