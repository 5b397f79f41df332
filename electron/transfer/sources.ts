import type { Database } from 'better-sqlite3';
import { listedPeople, hasFever } from '../../shared/report/figures.ts';
import { recordsInForce } from '../../shared/report/records.ts';
import type { TransferPerson, TransferSourceKind } from '../../shared/transfer/transfer.ts';
import { amendmentsOf, eventById } from '../store/event-log.ts';

/** Who a source record says is to be transferred, and why; null when the record is not such a source. */
export interface SourceFacts { people: TransferPerson[]; reasons: string[] }
export type SourceResolver = (db: Database, eventId: string, feverThresholdCelsius: number) => SourceFacts | null;

/**
 * A referral: a screening (in its corrected version) decided 转诊. The people are those with a
 * fever or a yellow or red code, or, if none is marked, everyone the record lists.
 */
const referral: SourceResolver = (db, eventId, threshold) => {
  const event = eventById(db, eventId);
  if (!event || event.kind !== 'screening') return null;
  const [record] = recordsInForce([event, ...amendmentsOf(db, eventId)]);
  if (!record || record.payload.verdict.decision !== 'refer') return null;
  const listed = listedPeople(record);
  const flagged = listed.filter((p) => hasFever(p, threshold) || p.healthCode?.colour === 'red' || p.healthCode?.colour === 'yellow');
  const people = (flagged.length > 0 ? flagged : listed).map((p) => ({ name: p.name || '—', idNumber: p.idNumber }));
  if (people.length === 0) people.push({ name: '—', idNumber: '' });
  return { people, reasons: record.payload.verdict.reasons };
};

/** A fever found in home-isolation follow-up (an `isolation-fever` event): the person is the arrival it names. */
const isolationFever: SourceResolver = (db, eventId) => {
  const fever = eventById(db, eventId);
  if (!fever || fever.kind !== 'isolation-fever') return null;
  const arrival = eventById(db, fever.payload.arrivalId);
  if (!arrival || arrival.kind !== 'arrival') return null;
  return { people: [{ name: arrival.payload.name || '—', idNumber: arrival.payload.idNumber }], reasons: ['isolation-fever'] };
};

/**
 * One resolver per source kind. A home-isolation fever joins with its own entry here (and its
 * kind in `TransferSourceKind`): a reading event at or over the fever line gives the person.
 */
export const TRANSFER_SOURCES: Record<TransferSourceKind, SourceResolver> = { referral, 'isolation-fever': isolationFever };
