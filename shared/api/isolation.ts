import { z } from 'zod';
import { patchOf } from './patch.ts';
import { method } from './define.ts';
import { IsoDate } from '../domain/iso-date.ts';
import { IsolationResponsiblePayload, MAX_PERIOD_DAYS, ReadingSlot, ResponsibleRole } from '../isolation/payloads.ts';

/** Station settings of home isolation: the period length and the daily cut-off of the health-centre report. */
export const IsolationSettings = z.object({
  periodDays: z.number().int().min(1).max(MAX_PERIOD_DAYS).default(14),
  /** Local "HH:MM": readings of the day are due to the health centre (卫生院) by then. */
  cutOff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM').default('16:00'),
});
export type IsolationSettings = z.infer<typeof IsolationSettings>;

export const IsolationState = z.enum(['active', 'due-release', 'released']);

const Reading = z.object({ celsius: z.number(), fever: z.boolean(), by: z.string(), late: z.boolean() });

/**
 * One person on the register as the follow-up screen shows them (supervisors and health
 * workers only): the phone in full, so they can be called; the ID number masked.
 */
export const IsolationRow = z.object({
  arrivalId: z.string().uuid(),
  name: z.string(),
  idNumberMasked: z.string(),
  phone: z.string(),
  address: z.string(),
  origin: z.string(),
  householdContact: z.string(),
  arrivalDate: IsoDate,
  registeredOn: IsoDate,
  lastDay: IsoDate,
  /** Day n of the period on the date asked about. */
  day: z.number().int(),
  state: IsolationState,
  morning: Reading.nullable(),
  afternoon: Reading.nullable(),
  /** Slots of the date with no reading yet. */
  missing: z.array(ReadingSlot),
  fevers: z.number().int(),
  extensions: z.array(z.object({ days: z.number().int(), reason: z.string(), on: IsoDate })),
  released: z.object({ on: IsoDate, reason: z.string(), early: z.boolean() }).nullable(),
  /** The 包村干部 or 村医 answering for this person (the latest assignment), null before any. */
  responsible: z.object({ name: z.string(), role: ResponsibleRole }).nullable(),
});
export type IsolationRow = z.infer<typeof IsolationRow>;

export const FollowUpDay = z.object({
  date: IsoDate,
  today: IsoDate,
  cutOff: z.string(),
  /** The date's cut-off has passed: `notReported` is final for the day. */
  pastCutOff: z.boolean(),
  feverThresholdCelsius: z.number(),
  rows: z.array(IsolationRow),
  /** Who has not reported (after the cut-off), with the slots missing. */
  notReported: z.array(z.object({ arrivalId: z.string().uuid(), name: z.string(), slots: z.array(ReadingSlot) })),
});
export type FollowUpDay = z.infer<typeof FollowUpDay>;

const Done = z.object({ eventId: z.string().uuid(), fever: z.boolean() });
const ExportedFile = z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() });

/**
 * Home isolation (issue 13). Role `follow-up`: supervisors and health workers (村医, 包村干部),
 * no one else; `isolationCheck` is for the staff at the barrier and answers yes or no only.
 */
export const isolationMethods = {
  isolationSettings: method({ role: 'staff', request: z.object({}), response: IsolationSettings }),
  updateIsolationSettings: method({ role: 'supervisor', request: patchOf(IsolationSettings), response: IsolationSettings }),
  /** The follow-up list for a date (today when left out), optionally one village group (村组) only. */
  followUpDay: method({ role: 'follow-up', request: z.object({ date: IsoDate.optional(), address: z.string().trim().max(120).optional() }), response: FollowUpDay }),
  recordIsolationReading: method({
    role: 'follow-up',
    request: z.object({ arrivalId: z.string().uuid(), date: IsoDate, slot: ReadingSlot, celsius: z.number().min(34).max(43), note: z.string().trim().max(120).default('') }),
    response: Done,
  }),
  endIsolation: method({
    role: 'follow-up',
    request: z.object({
      arrivalId: z.string().uuid(),
      outcome: z.enum(['release', 'extend']),
      days: z.number().int().min(1).max(MAX_PERIOD_DAYS).optional(),
      reason: z.string().trim().max(200).default(''),
    }),
    response: z.object({ eventId: z.string().uuid() }),
  }),
  /** Assigns or changes the person responsible (包村干部 or 村医) for an arrival not yet released. */
  assignResponsible: method({ role: 'follow-up', request: IsolationResponsiblePayload, response: z.object({ eventId: z.string().uuid() }) }),
  /** The health-centre report (卫生院, PDF or XLSX) of a date, or the arrivals register (登记造册) by village group. */
  exportIsolation: method({
    role: 'follow-up',
    request: z.object({
      sheet: z.enum(['health-centre', 'register']),
      date: IsoDate.optional(),
      format: z.enum(['pdf', 'xlsx']),
      folder: z.string().trim().min(1).max(400).optional(),
    }),
    response: z.object({ folder: z.string(), files: z.array(ExportedFile) }),
  }),
  /** At the barrier: is this ID number on the local isolation list today? Nothing else is told. */
  isolationCheck: method({
    role: 'staff',
    request: z.object({ idNumber: z.string().trim().min(15).max(18) }),
    response: z.object({ underIsolation: z.boolean(), lastDay: IsoDate.nullable() }),
  }),
};
