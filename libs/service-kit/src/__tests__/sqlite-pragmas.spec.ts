import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ormOptions } from '../database/orm-options';

type Db = { pragma(sql: string, options?: { simple: boolean }): unknown; close(): void };
const Database = require('better-sqlite3') as new (file: string) => Db;

/** The settings each SQLite connection of a service gets, on a fresh file and on one it opens again. */
describe('SQLite connection settings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-pragmas-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const connect = (file: string) => {
    const options = ormOptions(
      { service: 'training', entities: [], migrations: { sqlite: [], postgresql: [] } },
      { SQLITE_FILE: file },
    );
    const afterCreate = (options.pool as { afterCreate(conn: Db, done: (e: unknown) => void): void })
      .afterCreate;
    const db = new Database(file);
    afterCreate(db, (error) => expect(error).toBeNull());
    return db;
  };
  const settings = (db: Db) => ({
    journal: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
  });

  it('writes ahead (WAL) and commits without waiting on the disk, whether it made the file or not', () => {
    const file = path.join(dir, 'training.sqlite');
    // The connection that creates the file and turns WAL on: SQLite would keep FULL (2) here.
    const first = connect(file);
    expect(settings(first)).toEqual({ journal: 'wal', synchronous: 1, foreignKeys: 1 });
    first.close();
    const again = connect(file);
    expect(settings(again)).toEqual({ journal: 'wal', synchronous: 1, foreignKeys: 1 });
    again.close();
  });
});
