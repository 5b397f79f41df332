import ExcelJS from 'exceljs';
import type { Cell, CellType, Sheet } from '../../shared/report/sheet.ts';

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * A station-local 'YYYY-MM-DD HH:mm:ss' as the Date exceljs turns into an Excel serial.
 * Excel dates carry no zone and exceljs converts by UTC, so the wall-clock fields go in as UTC.
 */
function excelDate(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function xlsxCell(cell: Cell, type: CellType): ExcelJS.CellValue {
  if (cell === null) return null;
  if (type === 'datetime' && typeof cell === 'string') return excelDate(cell) ?? cell;
  // Strings are written as text cells, never as formulas, so a leading '=' cannot run.
  return cell;
}

/**
 * The workbook of the 日报: one tab per sheet, Chinese headers in bold on a frozen first row,
 * column widths, real date cells. Streamed (rows are committed as they are written), so a
 * 100,000-record day never sits in memory as a workbook.
 */
export async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Checkpoint Station 卡点登记站';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c, i) => ({ key: String(i), width: c.width }));
    const header = worksheet.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    // One style object per column, shared by all its cells: exceljs caches a style by object
    // identity, and a fresh object per cell would cost it an XML rendering per cell.
    const styles = sheet.columns.map((c): Partial<ExcelJS.Style> => (c.type === 'datetime' ? { numFmt: DATE_FORMAT } : {}));
    const types = sheet.columns.map((c) => c.type);
    for (const values of sheet.rows()) {
      const row = worksheet.addRow(values.map((cell, i) => xlsxCell(cell, types[i] ?? 'text')));
      for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i]!;
      row.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
