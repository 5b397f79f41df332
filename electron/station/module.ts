import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { StaffOnDuty } from '../../shared/api/core.ts';
import type { MethodName, MethodOutput, Methods } from '../../shared/api/contract.ts';
import type { PdfRenderer } from '../export/pdf-render.ts';
import type { ReadWorkers } from '../reads/read-workers.ts';
import type { CardReadLedger } from '../idcard/card-read-ledger.ts';
import type { PinCost } from '../store/pin.ts';
import type { ReadingLedger } from '../thermometer/reading-ledger.ts';
import type { EventBus } from './event-bus.ts';
import type { FormDrafts } from './form-drafts.ts';

/** What every part of the station shares: the one database, the event bus, where it lives. */
export interface StationCore {
  db: Database;
  bus: EventBus;
  dbPath: string;
  /** The worker threads that run the heavy reads (report, exports, chain check) off this thread. */
  reads: ReadWorkers;
  version: string;
  /** Device states other modules report, for `status`. */
  devices: Map<string, MethodOutput<'status'>['devices'][number]>;
  /** Recent ID-card reads: taken once by a screen, and the judge of a record's card provenance. */
  cardReads: CardReadLedger;
  /** The thermometer readings issued, so a record's device temperature can be traced to one. */
  readings: ReadingLedger;
  /** Half-filled forms per session, in memory only. */
  drafts: FormDrafts;
  /** How this station prints the 日报 PDF: Electron's printToPDF in the app, headless Chromium elsewhere. */
  renderPdf?: PdfRenderer;
  /** The scrypt cost new PINs are hashed at (SCRYPT_COST unless the station was told otherwise). */
  pinCost: PinCost;
}

export interface CallContext {
  /** The signed-in staff member; always set for `staff` and `supervisor` methods. */
  staff: StaffOnDuty | null;
  sessionToken: string | null;
}

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['request']>,
  ctx: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

/** One capability of the station: its handlers and, where it holds devices or timers, a close. */
export interface StationModule<K extends MethodName = MethodName> {
  handlers: Handlers<K>;
  close?: () => void | Promise<void>;
}

/** A signed-in staff member, for handlers whose role guarantees one. */
export function requireStaff(ctx: CallContext): StaffOnDuty {
  if (!ctx.staff) throw new Error('role check let an anonymous call through');
  return ctx.staff;
}
