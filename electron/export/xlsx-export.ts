import type { Sheet } from '../../shared/report/sheet.ts';
import { contentTypesXml, ROOT_RELS, STYLES_XML, workbookRelsXml, workbookXml, worksheetXml } from './xlsx-parts.ts';
import { ZipStream } from './zip-stream.ts';

/**
 * The workbook of the 日报: one tab per sheet, Chinese headers in bold on a frozen first row,
 * column widths, real date cells, text cells for everything typed (IDs and phones stay whole).
 * Written in one streaming pass (rows are deflated as they are produced), so a 100,000-record
 * day never sits in memory as a workbook; LibreOffice Calc and exceljs read every sheet back
 * cell for cell (spreadsheet-libreoffice.test.ts, xlsx-export.test.ts).
 */
export async function writeXlsx(sheets: Sheet[], path: string): Promise<void> {
  const zip = new ZipStream(path);
  try {
    await zip.add('[Content_Types].xml', [contentTypesXml(sheets.length)]);
    await zip.add('_rels/.rels', [ROOT_RELS]);
    await zip.add('xl/workbook.xml', [workbookXml(sheets.map((s) => s.title))]);
    await zip.add('xl/_rels/workbook.xml.rels', [workbookRelsXml(sheets.length)]);
    await zip.add('xl/styles.xml', [STYLES_XML]);
    for (const [i, sheet] of sheets.entries()) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet));
    await zip.close();
  } catch (err) {
    zip.destroy();
    throw err;
  }
}
