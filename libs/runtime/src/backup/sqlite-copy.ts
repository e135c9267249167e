import fs from 'node:fs';

/** The part of better-sqlite3 used here (the package ships no types). */
interface SqliteDatabase {
  pragma(sql: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): { get(): unknown; all(): unknown[] };
  backup(
    destination: string,
    options?: { progress?: (p: { remainingPages: number }) => number },
  ): Promise<unknown>;
  close(): void;
}
type SqliteConstructor = new (
  file: string,
  options?: { fileMustExist?: boolean; readonly?: boolean },
) => SqliteDatabase;

const Database = require('better-sqlite3') as SqliteConstructor;

/**
 * Consistent copies of several live SQLite databases through SQLite's online backup API
 * (better-sqlite3's `db.backup()`), never a file copy: the running services keep writing (WAL).
 * A read transaction is opened on EVERY database first, each pinned to its snapshot within
 * microseconds of the others, and each copy is taken inside its transaction. So the copies form one
 * cut of the product: an event's effect in a consumer's copy implies its cause in the producer's copy,
 * since an event takes milliseconds (relay, NATS, consumer) to travel, far longer than the cut.
 */
export async function copySqliteDatabases(copies: { source: string; destination: string }[]): Promise<void> {
  const open: SqliteDatabase[] = [];
  try {
    for (const { source } of copies) {
      if (!fs.existsSync(source)) throw new Error(`${source} does not exist`);
      const db = new Database(source, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      open.push(db);
    }
    // Pin every snapshot first (a WAL read transaction takes its snapshot at its first read).
    for (const db of open) {
      db.exec('BEGIN');
      db.prepare('select count(*) from sqlite_master').get();
    }
    for (const [i, { destination }] of copies.entries()) {
      // One step for the whole database, inside the pinned read transaction.
      await open[i].backup(destination, { progress: () => 0x7fffffff });
    }
    for (const db of open) db.exec('COMMIT');
  } finally {
    for (const db of open) db.close();
  }
  for (const { source, destination } of copies) {
    const copy = new Database(destination, { fileMustExist: true });
    try {
      // The copy is a standalone file: no WAL beside it.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check') as { quick_check: string }[];
      if (check[0]?.quick_check !== 'ok') throw new Error(`the copy of ${source} fails SQLite's check`);
    } finally {
      copy.close();
    }
  }
}

/** What a backup needs from a database copy: its last migration and the ids of the events it wrote. */
export function readSqliteCopy(file: string): { version: string | null; eventIds: string[] } {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  const rows = <T>(sql: string): T[] => {
    try {
      return db.prepare(sql).all() as T[];
    } catch {
      return []; // no such table: no migration yet, or a database without an outbox (identity)
    }
  };
  try {
    const version = rows<{ name: string }>(
      'select name from mikro_orm_migrations order by id desc limit 1',
    )[0];
    const events = rows<{ event_id: string }>('select event_id from outbox_event');
    return { version: version?.name ?? null, eventIds: events.map((e) => e.event_id) };
  } finally {
    db.close();
  }
}
