import { z } from 'zod';

/**
 * Why the station refused a call, as stable codes the UI translates (zh-CN and English), each
 * with the names of the parameters its sentence uses. The error's English `message` is for
 * logs and the CLI; the screen shows only the translation of `reason` (or, for an error
 * without one, of its category), so no English sentence reaches the Chinese UI.
 */
export const errorReasons = {
  // Sign-in, sessions and roles
  'wrong-pin': [],
  'pin-locked': ['minutes'],
  'sign-in-first': [],
  'shift-ended': ['hours'],
  'supervisors-only': [],
  'untrusted-caller': [],
  'station-unreachable': [],
  // Staff management
  'staff-exists': ['name'],
  'staff-not-found': [],
  'last-supervisor': [],
  'supervisor-pin-too-short': ['digits'],
  'same-pin': [],
  'pin-change-required': [],
  // Station and records
  'already-set-up': [],
  'unknown-time-zone': ['zone'],
  'invalid-input': [],
  'screening-incomplete': [],
  'override-needs-reason': [],
  'screening-not-found': [],
  'record-conflict': [],
  // Transfers and immediate reports
  'transfer-source-not-found': [],
  'transfer-not-found': [],
  'transfer-step-refused': [],
  'incident-not-found': [],
  // Reports and exports
  'date-range-invalid': [],
  'folder-not-absolute': [],
  'export-folder-missing': ['folder'],
  'export-disk-full': ['folder'],
  'export-not-writable': ['folder'],
  'export-no-browser': [],
  'export-failed': ['folder'],
  // Storage, backups and recovery
  'disk-full': [],
  'database-read-only': [],
  'needs-recovery': [],
  'backup-unusable': ['backup'],
  'supervisor-not-in-backup': ['backup'],
  'database-healthy': [],
  'internal': [],
  // Home isolation (issue 13)
  'role-not-allowed': [],
  'arrival-not-found': [],
  'isolation-needs-reason': [],
  'reading-date-outside-period': [],
  'already-released': [],
  'release-early-needs-reason': [],
  'extension-needs-days': [],
} as const satisfies Record<string, readonly string[]>;

export type ErrorReason = keyof typeof errorReasons;
export const ErrorReason = z.enum(Object.keys(errorReasons) as [ErrorReason, ...ErrorReason[]]);
/** A reason's parameters: numbers, folder paths, names (never personal data of a record). */
export const ErrorParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParams>;
