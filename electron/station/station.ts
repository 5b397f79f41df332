
import { ApiError, methods, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import type { PdfRenderer } from '../export/pdf-render.ts';
import { sealKeysWith, type KeySealer } from '../export/station-key.ts';
import { checkChainSinceLastCheckpoint, type StoredChainProblem } from '../store/chain-check.ts';
import { writeCheckpoint } from '../store/checkpoints.ts';
import { openDatabase, type OpenOptions } from '../store/database.ts';
import { SCRYPT_COST, type PinCost } from '../store/pin.ts';
import { ReadWorkers } from '../reads/read-workers.ts';
import { ReadingLedger } from '../thermometer/reading-ledger.ts';
import { stationLog } from './station-log.ts';
import { EventBus } from './event-bus.ts';
import { FormDrafts } from './form-drafts.ts';
import { stationModules } from './handlers/index.ts';
import { CardReadLedger } from '../idcard/card-read-ledger.ts';
import type { Handler, StationCore } from './module.ts';
import { dispatcher } from './dispatch.ts';
import { activeSession } from './session-limit.ts';
import { APP_VERSION } from './version.ts';

export interface StationOptions extends OpenOptions {
  dbPath: string;
  renderPdf?: PdfRenderer;
  /** How the signing key is sealed at rest (the desktop app: the OS keyring); unsealed without one. */
  keySealer?: KeySealer;
  /**
   * scrypt cost per role for PINs; SCRYPT_COST when not given, as every real station runs.
   * Only tests pass a lower one (test/support/temp-station.ts), to set stations up cheaply.
   */
  pinCost?: PinCost;
  /** A heap cap for each read worker (see ReadWorkers); Node's own limit when left out. */
  readWorkerHeapMb?: number;
}

export interface Station {
  readonly core: StationCore;
  readonly bus: EventBus;
  /**
   * The one entry point for every transport: validates the input against the contract, checks
   * the caller's role, runs the handler. Never throws anything but an ApiError.
   */
  call<M extends MethodName>(method: M, input: unknown, sessionToken?: string | null): Promise<MethodOutput<M>>;
  /** Whether this token stands for a signed-in staff member now: what pushed events need. */
  sessionActive(sessionToken: string | null): boolean;
  close(): Promise<void>;
}

/** The station's own log fails its start check: it must not record or sign on top of it. */
export class ChainBrokenError extends Error {
  constructor(readonly problem: StoredChainProblem) {
    super(`the record chain is broken at seq ${problem.seq} (${problem.problem}): ${problem.detail}`);
    this.name = 'ChainBrokenError';
  }
}

/**
 * Opens the database, checks the chain from the last signed checkpoint on (a log cut short,
 * rewritten or edited since is refused with ChainBrokenError, before any module starts), signs
 * the head as checked, and starts the modules.
 */
export function createStation(options: StationOptions): Station {
  const db = openDatabase(options.dbPath, options);
  if (options.keySealer) sealKeysWith(db, options.keySealer);
  const broken = checkChainSinceLastCheckpoint(db);
  if (broken) {
    db.close();
    throw new ChainBrokenError(broken);
  }
  writeCheckpoint(db, 'start');
  const bus = new EventBus();
  const core: StationCore = { db, bus, dbPath: options.dbPath, reads: new ReadWorkers({ dbPath: options.dbPath, nativeBinding: options.nativeBinding, maxHeapMb: options.readWorkerHeapMb }), version: APP_VERSION, devices: new Map(), cardReads: new CardReadLedger(), readings: new ReadingLedger(), drafts: new FormDrafts(), renderPdf: options.renderPdf, pinCost: options.pinCost ?? SCRYPT_COST };
  const modules = stationModules.map((make) => make(core));
  const handlers = Object.assign({}, ...modules.map((m) => m.handlers)) as Record<string, Handler<MethodName>>;
  const missing = Object.keys(methods).filter((m) => !handlers[m]);
  if (missing.length) throw new Error(`no handler for contract methods: ${missing.join(', ')}`);

  const call = dispatcher({
    handlers,
    sessionOf: (token, refuseExpired) => activeSession(db, token, refuseExpired),
    unavailable: (method) => new ApiError('not-found', `no handler for ${method}`, [], 'invalid-input'),
  });

  function sessionActive(sessionToken: string | null): boolean {
    if (!sessionToken) return false;
    try {
      return activeSession(db, sessionToken, false) !== null;
    } catch {
      return false; // a database that cannot answer vouches for nobody
    }
  }

  return {
    core, bus, call, sessionActive,
    async close() {
      for (const m of modules) await m.close?.();
      await core.reads.close();
      // A clean shutdown signs the head, so the next start checks only what came after.
      try {
        writeCheckpoint(db, 'shutdown');
      } catch (err) {
        stationLog().warn({ event: 'checkpoint.failed', code: (err as { code?: string }).code }, 'no checkpoint at shutdown');
      }
      db.close();
    },
  };
}

