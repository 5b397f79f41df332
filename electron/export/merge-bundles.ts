import { resolve } from 'node:path';
import type { RestoreEvent, StationEvent } from '../../shared/domain/event.ts';
import { recordsInRange, reportOfRecords } from '../../shared/report/build-report.ts';
import { withIsolationFigures } from '../../shared/isolation/figures.ts';
import { foldRegister } from '../../shared/isolation/register.ts';
import { combineSheets, mergedSummarySheet } from '../../shared/report/combine-sheets.ts';
import { dailyReportHtml, type ReportPage } from '../../shared/report/daily-report-html.ts';
import { registrationSheets } from '../../shared/report/registration-sheets.ts';
import type { Sheet } from '../../shared/report/sheet.ts';
import { stationTimeLabel } from '../../shared/report/records.ts';
import { sumReports } from '../../shared/report/sum-reports.ts';
import { transfersForReport } from '../../shared/report/transfer-lines.ts';
import { withdrawnRange } from '../store/restore-notes.ts';
import { writeAtomically } from './atomic-write.ts';
import type { Manifest } from './bundle/manifest.ts';
import { lineOfEvent, linesFingerprint } from './bundle/event-line.ts';
import { verifyBundle } from './bundle/verify-bundle.ts';
import { ExportError } from './export-error.ts';
import { digestWritten, type WrittenFile } from './file-digest.ts';
import { chromiumPdf, writePdf, type PdfRenderer } from './pdf-render.ts';
import { groupedFingerprint } from './station-key.ts';
import { untrustedProblem, type TrustList } from './trust-list.ts';
import { writeXlsx } from './xlsx-export.ts';

/** One station's share of a merge: its events (deduplicated by id) and what it was judged by. */
interface StationPart {
  manifest: Manifest;
  events: Map<string, StationEvent>;
  /** Which bundle brought each seq, and its hash: a second, different record there is a fork. */
  bySeq: Map<number, { hash: string; bundle: string }>;
  from: string;
  to: string;
}

export interface MergeResult {
  stations: number;
  events: number;
  files: WrittenFile[];
  /** What the office should know: records a restore took out that no merged bundle holds. */
  notes: string[];
}

/**
 * Verifies every bundle first: a merge never builds on a bundle that fails its check, comes
 * from a station not pinned to the key that signed it, or forks its station's chain.
 */
async function readBundles(paths: string[], trust: TrustList): Promise<Map<string, StationPart>> {
  const stations = new Map<string, StationPart>();
  for (const path of paths) {
    const check = await verifyBundle(path);
    if (!check.ok) throw new ExportError('io', `bundle ${path} failed verification: ${check.problem}; nothing was merged`);
    const { manifest } = check;
    const untrusted = untrustedProblem(trust, manifest.station.code, manifest.keyFingerprint, path);
    if (untrusted) throw new ExportError('io', `${untrusted}; nothing was merged`);
    const part = stations.get(manifest.station.code)
      ?? { manifest, events: new Map<string, StationEvent>(), bySeq: new Map(), from: manifest.range.from, to: manifest.range.to };
    for (const event of check.events) {
      // Same station, same seq, another record: two histories of one station, never summed.
      const seen = part.bySeq.get(event.seq);
      if (seen && seen.hash !== event.hash) {
        throw new ExportError('io', `bundles ${seen.bundle} and ${path} of station ${manifest.station.code} hold different records at seq ${event.seq} (a forked chain); nothing was merged`);
      }
      part.bySeq.set(event.seq, { hash: event.hash, bundle: path });
      // By event id: the same bundle twice, or overlapping ranges, add nothing.
      part.events.set(event.id, event);
    }
    if (manifest.range.from < part.from) part.from = manifest.range.from;
    if (manifest.range.to > part.to) part.to = manifest.range.to;
    stations.set(manifest.station.code, part);
  }
  for (const part of stations.values()) restoreForkCheck(part);
  return stations;
}

const restoresOf = (part: StationPart) => [...part.events.values()].filter((e): e is RestoreEvent => e.kind === 'restore');

/**
 * A restore names the head it replaced. A bundle from before the restore is the same history
 * only if it holds that head's very record there: otherwise it is a fork, never summed.
 */
function restoreForkCheck(part: StationPart): void {
  for (const restore of restoresOf(part)) {
    const { replacedHead } = restore.payload;
    const held = part.bySeq.get(replacedHead.seq);
    if (withdrawnRange(restore) && held && held.hash !== replacedHead.hash) {
      const by = part.bySeq.get(restore.seq)!.bundle;
      throw new ExportError('io', `bundles ${held.bundle} and ${by} of station ${part.manifest.station.code} are two histories: the restore at seq ${restore.seq} replaced another record at seq ${replacedHead.seq} (a forked chain); nothing was merged`);
    }
  }
}

/**
 * Records a restore took out of a station's database are real screenings, counted once from any
 * bundle that holds them (the pre-restore export, or the signed bundle the restore kept); the
 * office is told which are in none of the merged bundles.
 */
function missingAfterRestore(part: StationPart): string[] {
  return restoresOf(part).flatMap((restore) => {
    const gap = withdrawnRange(restore);
    if (!gap) return [];
    let missing = 0;
    for (let seq = gap.from; seq <= gap.to; seq++) if (!part.bySeq.has(seq)) missing += 1;
    if (missing === 0) return [];
    const where = restore.payload.keptRecords ? `restore-kept/${restore.payload.keptRecords}` : restore.payload.replacedKeptAs ?? 'the station';
    return [`station ${part.manifest.station.code}: the restore at seq ${restore.seq} took records ${gap.from}-${gap.to} out of its database; ${missing} of them are in none of the merged bundles (the station kept them in ${where}): merge that bundle too for a complete total`];
  });
}

/**
 * Merges verified police bundles into one workbook and one printed report for the village or
 * township: a total page, then one page per station; the sheets list every station's lines
 * with a 卡点 column. Written atomically into `outDir`.
 */
export async function mergeBundles(paths: string[], outDir: string, trust: TrustList, renderPdf: PdfRenderer = chromiumPdf): Promise<MergeResult> {
  if (paths.length === 0) throw new ExportError('io', 'no bundles to merge');
  const parts = [...(await readBundles(paths.map((p) => resolve(p)), trust)).values()].sort((a, b) => a.manifest.station.code.localeCompare(b.manifest.station.code));
  const pages: ReportPage[] = [];
  const sheetParts: { station: string; sheets: Sheet[] }[] = [];
  for (const { manifest, events, from, to } of parts) {
    const ordered = [...events.values()].sort((a, b) => a.seq - b.seq);
    const records = recordsInRange(ordered, from, to);
    const options = { ...manifest.reportSettings, mask: true };
    // The isolation figures of a bundle are those its own events show (an arrival before the range is not in it).
    const report = withIsolationFigures(
      reportOfRecords(records, { from, to, stationCode: manifest.station.code, stationName: manifest.station.name, township: manifest.station.township, village: manifest.station.village, ...manifest.reportSettings, transfers: transfersForReport(ordered, from, to) }),
      [...foldRegister(ordered).values()],
    );
    const sheets = registrationSheets(records, options);
    const name = manifest.station.name || manifest.station.code;
    sheetParts.push({ station: name, sheets });
    pages.push({ heading: name, report, sheets, bundleFingerprint: linesFingerprint(ordered.map(lineOfEvent)), keyFingerprint: groupedFingerprint(manifest.keyFingerprint) });
  }
  const reports = pages.map((p) => p.report);
  const total = sumReports(reports, { stationCode: parts.map((p) => p.manifest.station.code).join('+'), stationName: '合计' })!;
  const combined = sheetParts[0]!.sheets.map((_, i) => combineSheets(sheetParts.map((p) => ({ station: p.station, sheet: p.sheets[i]! })))!);
  const totalPage: ReportPage = { heading: `合计（${parts.length} 个卡点）`, report: total, sheets: combined, bundleFingerprint: null, keyFingerprint: null };

  const base = total.from === total.to ? `合并_${total.from}` : `合并_${total.from}_${total.to}`;
  // Printed in the first station's time zone: the stations of one township share it.
  const html = dailyReportHtml(parts.length > 1 ? [totalPage, ...pages] : pages, stationTimeLabel(new Date(), parts[0]!.manifest.reportSettings.timezone));
  const written = await writeAtomically(outDir, [`${base}_日报.xlsx`, `${base}_日报.pdf`], (name, temp) =>
    name.endsWith('.xlsx') ? writeXlsx([mergedSummarySheet(total, reports), ...combined], temp) : writePdf(html, temp, renderPdf));
  return { stations: parts.length, events: parts.reduce((n, p) => n + p.events.size, 0), files: await digestWritten(written), notes: parts.flatMap(missingAfterRestore) };
}
