import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice Calc, headless, as the village office would open an export: it reads the file
 * and saves it again as XLSX, which exceljs then reads cell by cell (type and value), so a test
 * sees exactly what Calc made of every cell. Each call has its own throw-away profile.
 */
export function openInCalc(file: string, options: { csvImport?: string } = {}): string {
  const work = mkdtempSync(join(tmpdir(), 'calc-'));
  const out = join(work, 'out');
  mkdirSync(out);
  const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`];
  if (options.csvImport) args.push(`--infilter=${options.csvImport}`);
  const r = spawnSync('soffice', [...args, '--convert-to', 'xlsx', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  const made = readdirSync(out);
  if (r.status !== 0 || made.length !== 1) throw new Error(`LibreOffice could not open ${basename(file)}: ${r.stderr || r.stdout}`);
  return join(out, made[0]!);
}

export type CalcCell = { type: 'text' | 'number' | 'date' | 'formula' | 'empty' | 'other'; value: string | number | Date | null };

function cellOf(cell: ExcelJS.Cell): CalcCell {
  const v = cell.value;
  if (v === null || v === undefined) return { type: 'empty', value: null };
  if (typeof v === 'string') return { type: 'text', value: v };
  if (typeof v === 'number') return { type: 'number', value: v };
  if (v instanceof Date) return { type: 'date', value: v };
  // Calc saves a string whose characters need two fonts (Chinese beside ℃) as rich text.
  if (typeof v === 'object' && 'richText' in v) return { type: 'text', value: v.richText.map((run) => run.text).join('') };
  if (typeof v === 'object' && 'formula' in v) return { type: 'formula', value: (v.result as string | number | undefined) ?? null };
  return { type: 'other', value: JSON.stringify(v) };
}

/** Every sheet of a workbook as rows of cells (trailing empty cells dropped). */
export async function readSheets(xlsx: string): Promise<Map<string, CalcCell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheets = new Map<string, CalcCell[][]>();
  for (const worksheet of workbook.worksheets) {
    const rows: CalcCell[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: CalcCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c)));
      while (cells.length > 0 && cells.at(-1)!.type === 'empty') cells.pop();
      rows.push(cells);
    }
    sheets.set(worksheet.name, rows);
  }
  return sheets;
}

export function removeCalcOutput(xlsx: string): void {
  rmSync(join(xlsx, '..', '..'), { recursive: true, force: true });
}
