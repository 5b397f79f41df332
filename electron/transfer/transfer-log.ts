import type { Database } from 'better-sqlite3';
import type { TransferView } from '../../shared/api/transfer.ts';
import { maskIdNumber } from '../../shared/privacy/mask.ts';
import { isUnfinished, transfersOf, type Transfer } from '../../shared/transfer/transfer-state.ts';
import { rowToEvent, type EventRow } from '../store/event-log.ts';

/** Every transfer the station holds, as its events leave it (a partial index keeps this a short read). */
export function storedTransfers(db: Database): Transfer[] {
  const rows = db.prepare("SELECT * FROM events WHERE kind = 'transfer' ORDER BY seq").all() as EventRow[];
  return transfersOf(rows.map(rowToEvent));
}

/** A transfer for a screen: ID numbers masked (the full number stays in the record). */
export function transferView(t: Transfer): TransferView {
  const { closedDate: _closed, openedDate: _opened, utcOffsetMin: _offset, ...view } = t;
  return { ...view, people: t.people.map((p) => ({ ...p, idNumber: maskIdNumber(p.idNumber) })) };
}

/** What the station's transfer screen lists: unfinished ones, then those closed today, newest first. */
export function listedTransfers(db: Database, today: string): TransferView[] {
  const all = storedTransfers(db).reverse();
  return [...all.filter(isUnfinished), ...all.filter((t) => !isUnfinished(t) && t.closedDate === today)].map(transferView);
}
