/**
 * A table as the exporters see it: columns (Chinese header, width, cell type) and rows,
 * produced lazily so a 100,000-record day streams into CSV or XLSX without a second copy.
 */
export type Cell = string | number | null;

export type CellType = 'text' | 'number' | 'datetime';

export interface Column {
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  /** `datetime` cells are station-local 'YYYY-MM-DD HH:mm:ss' strings; XLSX makes them real dates. */
  type: CellType;
}

export type SheetKey = 'summary' | 'persons' | 'vehicles' | 'turn-backs' | 'fever-referrals' | 'code-referrals'
  | 'health-centre' | 'register';

export interface Sheet {
  key: SheetKey;
  /** The sheet (tab) name in Chinese, e.g. 人员登记. */
  title: string;
  columns: Column[];
  rows: () => Iterable<Cell[]>;
}

/** A column together with how to read its cell from a row source. */
export interface ColumnOf<T> extends Column {
  cell: (source: T) => Cell;
}

/** Builds a sheet from typed column definitions, so headers and cells can never drift apart. */
export function sheetOf<T>(key: SheetKey, title: string, columns: ColumnOf<T>[], sources: () => Iterable<T>): Sheet {
  return {
    key,
    title,
    columns: columns.map(({ header, width, type }) => ({ header, width, type })),
    *rows() {
      for (const source of sources()) yield columns.map((c) => c.cell(source));
    },
  };
}
