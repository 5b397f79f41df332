import { ApiError } from '../../../shared/api/contract.ts';
import { reportMethods } from '../../../shared/api/report.ts';
import { parseDateRange } from '../../export/date-range.ts';
import { ExportError, type ExportErrorCode } from '../../export/export-error.ts';
import type { ErrorReason } from '../../../shared/api/error-reasons.ts';
import { exportReport } from '../../export/export-report.ts';
import { ensureStationKey, groupedFingerprint } from '../../export/station-key.ts';
import { exportFolder } from '../export-folder.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** Each export failure's own sentence in the UI: the code crosses the contract, not the English. */
export const EXPORT_REASON = {
  'folder-missing': 'export-folder-missing', 'disk-full': 'export-disk-full', 'not-writable': 'export-not-writable',
  'no-browser': 'export-no-browser', io: 'export-failed',
} as const satisfies Record<ExportErrorCode, ErrorReason>;

function rangeOf(input: { from: string; to?: string | undefined }) {
  const range = parseDateRange(input.from, input.to);
  if (typeof range === 'string') throw new ApiError('bad-request', range, [{ path: 'to', message: range }], 'date-range-invalid');
  return range;
}

/** The 日报: its preview, its exports (supervisors only), and the station's signing key. */
export function reportModule(core: StationCore): StationModule<keyof typeof reportMethods> {
  const { db } = core;
  // The signing key is made with the station, so its fingerprint can be shown in settings
  // and printed before the first bundle is ever written. A station that cannot write now (a
  // full disk, a read-only open) still starts; the key is then made on first need.
  try { ensureStationKey(db); } catch { /* made by the first signingKey or export call */ }

  return {
    handlers: {
      dailyReport: (input) => core.reads.run('report', { range: rangeOf(input) }),
      async exportReport(input, ctx) {
        const staff = requireStaff(ctx);
        const folder = exportFolder(core.dbPath, input.folder);
        try {
          const result = await exportReport(db, {
            range: rangeOf(input), format: input.format, outDir: folder, fullId: input.fullId,
            by: { staffId: staff.staffId, name: staff.name }, renderPdf: core.renderPdf, reads: core.reads,
            // How far it has come, to the supervisor's own screen only.
            onProgress: (progress) => core.bus.emit('exportProgress', progress, ctx.sessionToken ?? undefined),
          });
          return { ...result, folder };
        } catch (err) {
          // Export failures name the folder and what to do; they carry no personal data.
          if (err instanceof ExportError) throw new ApiError('storage', err.message, [], EXPORT_REASON[err.code], { folder: err.folder ?? folder });
          throw err;
        }
      },
      signingKey() {
        const key = ensureStationKey(db);
        return { fingerprint: key.fingerprint, grouped: groupedFingerprint(key.fingerprint), createdAt: key.createdAt };
      },
    },
  };
}
