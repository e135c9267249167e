import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { immediateTransactions } from '../database/orm-options';

// better-sqlite3 has no bundled types: the calls used here, typed by hand.
type Statement = { run(...args: unknown[]): unknown; get(...args: unknown[]): unknown };
type Db = { prepare(sql: string): Statement; pragma(sql: string): unknown; close(): void };
const Database = require('better-sqlite3') as new (file: string) => Db;

/** Two copies of a service share one SQLite file: each is a connection of its own. */
describe(immediateTransactions.name, () => {
  let dir: string;
  const open = () => {
    const db = new Database(path.join(dir, 'service.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 50');
    return db;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-immediate-'));
    const db = open();
    db.prepare('create table t (n integer)').run();
    db.prepare('insert into t values (0)').run();
    db.close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('without it, a transaction that read before another copy wrote fails at its write', () => {
    const [a, b] = [open(), open()];
    b.prepare('BEGIN').run();
    b.prepare('select n from t').get();
    a.prepare('update t set n = 1').run();
    expect(() => b.prepare('update t set n = 2').run()).toThrow(/SQLITE_BUSY|database is locked/);
    b.prepare('ROLLBACK').run();
    a.close();
    b.close();
  });

  it('makes a transaction take the write lock when it begins, so the other copy waits at its start', () => {
    const [a, b] = [open(), open()];
    immediateTransactions(a);
    immediateTransactions(b);
    a.prepare('BEGIN;').run();
    // The other copy cannot begin while the first holds the lock (it would wait busy_timeout, then retry).
    expect(() => b.prepare('BEGIN;').run()).toThrow(/SQLITE_BUSY|database is locked/);
    a.prepare('update t set n = 1').run();
    a.prepare('COMMIT').run();
    b.prepare('BEGIN;').run();
    expect(b.prepare('select n from t').get()).toEqual({ n: 1 });
    b.prepare('update t set n = 2').run();
    b.prepare('COMMIT').run();
    expect(a.prepare('select n from t').get()).toEqual({ n: 2 });
    a.close();
    b.close();
  });
});
