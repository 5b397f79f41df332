import { z } from 'zod';
import { method } from './define.ts';
import { DailyReport } from '../report/daily-report.ts';
import { IsoDate } from '../domain/iso-date.ts';

export const ExportFormat = z.enum(['csv', 'xlsx', 'pdf', 'bundle']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const DateRangeRequest = z.object({
  from: IsoDate,
  /** Inclusive; the same as `from` (or left out) for one day. */
  to: IsoDate.optional(),
});

export const ExportedFile = z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() });

export const ExportOutcome = z.object({
  format: ExportFormat,
  masked: z.boolean(),
  /** The folder written to, to tell the staff member where the files went. */
  folder: z.string(),
  files: z.array(ExportedFile),
});
export type ExportOutcome = z.infer<typeof ExportOutcome>;

/**
 * What an export is doing now, pushed to the session that asked (no personal data): checking
 * the record chain, reading the day's records, writing the files, printing the PDF, done.
 * `done` of `total` rows; a total of 0 is a stage whose length is not known (printing).
 */
export const ExportStage = z.enum(['checking', 'reading', 'writing', 'printing', 'done']);
export type ExportStage = z.infer<typeof ExportStage>;
export const ExportProgress = z.object({
  format: ExportFormat,
  stage: ExportStage,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;

export const SigningKeyInfo = z.object({
  /** SHA-256 of the station's Ed25519 public key, hex; printed on every 日报. */
  fingerprint: z.string(),
  /** The same in groups of four, for reading aloud and comparing on paper. */
  grouped: z.string(),
  createdAt: z.string(),
});
export type SigningKeyInfo = z.infer<typeof SigningKeyInfo>;

/** The 日报: preview for staff; exports (which carry personal data off the PC) for supervisors. */
export const reportMethods = {
  dailyReport: method({ role: 'staff', request: DateRangeRequest, response: DailyReport }),
  exportReport: method({
    role: 'supervisor',
    request: DateRangeRequest.extend({
      format: ExportFormat,
      /** An absolute folder (a USB stick); the station's own exports folder when left out. */
      folder: z.string().trim().min(1).max(400).optional(),
      /** Full ID numbers and phones: the police copy only. */
      fullId: z.boolean().default(false),
    }),
    response: ExportOutcome,
  }),
  signingKey: method({ role: 'staff', request: z.object({}), response: SigningKeyInfo }),
};
