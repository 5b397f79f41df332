import type { Database, Statement } from 'better-sqlite3';

// Compiling a statement costs more than running it on the record path (a screening's append
// prepared three): each connection keeps its hot statements compiled.
const compiled = new WeakMap<Database, Map<string, Statement>>();

/** The compiled statement for `sql` on this connection, compiled once. */
export function statement(db: Database, sql: string): Statement {
  let byText = compiled.get(db);
  if (!byText) compiled.set(db, byText = new Map());
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, stmt = db.prepare(sql));
  return stmt;
}
