import { reusePreparedStatements } from '../orm-options';

interface Statement {
  run(...values: unknown[]): unknown;
  get(...values: unknown[]): unknown;
}
interface Db {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  close(): void;
}
// The driver has no type declarations here (MikroORM's driver brings it in).
const Database = require('better-sqlite3') as new (file: string) => Db;

describe(reusePreparedStatements.name, () => {
  it('prepares each SQL text once, binds fresh values at each run, and keeps at most `size` statements', () => {
    const db = new Database(':memory:');
    reusePreparedStatements(db, 2);
    db.prepare('create table t (id integer primary key, name text)').run();
    const insert = db.prepare('insert into t (name) values (?)');
    insert.run('a');
    expect(db.prepare('insert into t (name) values (?)')).toBe(insert);
    db.prepare('insert into t (name) values (?)').run('b');
    const select = db.prepare('select name from t where id = ?');
    expect(select.get(1)).toEqual({ name: 'a' });
    expect(db.prepare('select name from t where id = ?').get(2)).toEqual({ name: 'b' });
    // A third statement pushes out the least recently used (the insert).
    db.prepare('select count(*) as n from t');
    expect(db.prepare('select name from t where id = ?')).toBe(select);
    expect(db.prepare('insert into t (name) values (?)')).not.toBe(insert);
    // A schema change after preparing: SQLite re-prepares the cached statement itself.
    db.prepare('alter table t add column note text').run();
    expect(db.prepare('select name from t where id = ?').get(2)).toEqual({ name: 'b' });
    db.close();
  });
});
