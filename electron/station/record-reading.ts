import type { z } from 'zod';
import { ApiError } from '../../shared/api/contract.ts';
import type { EventView, ListEventsRequest, LogCounts, LogFilter, StaffOnDuty } from '../../shared/api/core.ts';
import type { AmendmentEvent, ScreeningPayload } from '../../shared/domain/event.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { maskScreeningPayload } from '../../shared/privacy/mask.ts';
import { audit } from '../store/audit-log.ts';
import { amendmentsOf, eventById } from '../store/event-log.ts';
import { countScreenings, listScreenings } from '../store/event-query.ts';
import type { StationCore } from './module.ts';

type Query = z.output<typeof ListEventsRequest>;

function maskAmendment(e: AmendmentEvent): AmendmentEvent {
  return { ...e, payload: { ...e.payload, payload: maskScreeningPayload(e.payload.payload) } };
}

function masked(e: EventView): EventView {
  return { ...e, payload: maskScreeningPayload(e.payload as ScreeningPayload), amendments: e.amendments.map(maskAmendment) };
}

/**
 * Who may read which records, and what is written down about it. Staff see today's records
 * (what the barrier needs), masked; supervisors any day, masked, and a read beyond today is a
 * bulk read that goes in the audit log. A full record is one reveal at a time, always audited.
 */
export function recordReading(core: StationCore, timeZone: () => string) {
  const today = () => localDateAndOffset(new Date(), timeZone()).localDate;
  /** The day a reader may ask for: staff only today (and a filter without one means today). */
  const readableDate = (date: string | undefined, staff: StaffOnDuty): string | undefined => {
    if (staff.role === 'supervisor') return date;
    if (date !== undefined && date !== today()) throw new ApiError('forbidden', "staff read today's records only");
    return today();
  };

  return {
    listEvents(query: Query, staff: StaffOnDuty) {
      const day = today();
      query = { ...query, date: readableDate(query.date, staff) };
      const page = listScreenings(core.db, query);
      if (query.date !== day && page.events.length > 0) {
        // The filter text can be a name or an ID number: only that there was one is written down.
        audit(core.db, 'events.read', staff.staffId, {
          date: query.date ?? 'all', beforeSeq: query.beforeSeq ?? null, count: page.events.length,
          fromSeq: page.events.at(-1)!.seq, toSeq: page.events[0]!.seq, filtered: Boolean(query.text),
        });
      }
      return { ...page, events: page.events.map(masked) };
    },

    /**
     * Counts hold no personal data, but a count searched by a name or ID number says whether that
     * person passed: beyond today, such a count is written down like a read.
     */
    countEvents(filter: LogFilter, staff: StaffOnDuty): LogCounts {
      const date = readableDate(filter.date, staff);
      const counts = countScreenings(core.db, { ...filter, date });
      if (date !== today() && filter.text) audit(core.db, 'events.count', staff.staffId, { date: date ?? 'all', filtered: true, total: counts.total });
      return counts;
    },

    revealEvent(id: string, staff: StaffOnDuty): EventView {
      const event = eventById(core.db, id);
      if (!event || event.kind !== 'screening') throw new ApiError('not-found', `no screening with id ${id}`);
      if (staff.role !== 'supervisor' && event.localDate !== today()) throw new ApiError('forbidden', "staff may reveal today's records only");
      audit(core.db, 'event.reveal', staff.staffId, { seq: event.seq });
      return { ...event, amendments: amendmentsOf(core.db, event.id) };
    },
  };
}
