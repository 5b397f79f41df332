import { z } from 'zod';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { DeviceStatus } from './core.ts';
import { CARD_TYPES } from '../idcard/card.ts';
import { READER_BAUD_RATES } from '../idcard/commands.ts';

/**
 * The ID-card reader: a SAM-protocol reader on a serial / USB-CDC port, or the virtual reader
 * for training (chosen explicitly, never a stand-in for a missing device).
 */
export const IdCardReaderSettings = z.object({
  mode: z.enum(['serial', 'virtual']).default('serial'),
  /** Serial device path (`/dev/ttyUSB0`, `COM3`); empty: no reader. */
  path: z.string().trim().max(260).default(''),
  baudRate: z.number().int().refine((b) => (READER_BAUD_RATES as readonly number[]).includes(b), 'unsupported baud rate').default(115200),
  autoConnect: z.boolean().default(false),
});
export type IdCardReaderSettings = z.infer<typeof IdCardReaderSettings>;

export const CardType = z.enum(CARD_TYPES);

/** The device status detail of the virtual (training) reader, so screens can offer a training card. */
export const VIRTUAL_READER_DETAIL = 'virtual reader';

/** The card's text fields (never its photo or fingerprints). */
export const IdCardFields = z.object({
  cardType: CardType,
  name: z.string(),
  englishName: z.string().optional(),
  sex: z.enum(['male', 'female', 'unknown', 'unspecified']),
  nation: z.string().optional(),
  nationality: z.string().optional(),
  birthDate: z.string(),
  address: z.string().optional(),
  idNumber: z.string(),
  issuer: z.string().optional(),
  passNumber: z.string().optional(),
  issueCount: z.string().optional(),
  validFrom: z.string(),
  validTo: z.string(),
});

/** A card laid on the reader: pushed to every screen without its content (no personal data). */
export const IdCardPresented = z.object({ readId: z.string().uuid(), at: z.string(), cardType: CardType });
export type IdCardPresented = z.infer<typeof IdCardPresented>;

export const IdCardRead = IdCardPresented.extend({ card: IdCardFields });
export type IdCardRead = z.infer<typeof IdCardRead>;

/** The reader's recent traffic and events, for the check panel: status words and sizes, never card content. */
export const IdCardDiagnostics = z.object({
  status: DeviceStatus,
  counters: z.object({ bytes: z.number().int(), frames: z.number().int(), droppedBytes: z.number().int(), droppedFrames: z.number().int(), cards: z.number().int() }),
  log: z.array(z.object({ at: z.string(), kind: z.enum(['tx', 'rx', 'card', 'fault']), text: z.string() })),
  lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type IdCardDiagnostics = z.infer<typeof IdCardDiagnostics>;

export const idCardMethods = {
  getIdCardSettings: method({ role: 'staff', request: z.object({}), response: IdCardReaderSettings }),
  /** Saves and applies: reopens the reader when autoConnect is on, else closes it. */
  updateIdCardSettings: method({ role: 'supervisor', request: patchOf(IdCardReaderSettings), response: IdCardReaderSettings }),
  connectIdCardReader: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  disconnectIdCardReader: method({ role: 'staff', request: z.object({}), response: DeviceStatus }),
  /** Opens the reader with these (possibly unsaved) settings and asks its security module's status. */
  testIdCardReader: method({
    role: 'supervisor',
    request: z.object({ settings: IdCardReaderSettings, timeoutMs: z.number().int().min(200).max(10_000).default(3000) }),
    response: z.object({ ok: z.boolean(), detail: z.string() }),
  }),
  idCardDiagnostics: method({ role: 'staff', request: z.object({}), response: IdCardDiagnostics }),
  /** The content of a card read, once: a second take (or one after a few minutes) is refused. */
  takeIdCard: method({ role: 'staff', request: z.object({ readId: z.string().uuid() }), response: IdCardRead }),
  /** Training: lays the next made-up card on the virtual reader for a moment. */
  presentTrainingCard: method({ role: 'staff', request: z.object({}), response: z.object({ ok: z.literal(true) }) }),
};
