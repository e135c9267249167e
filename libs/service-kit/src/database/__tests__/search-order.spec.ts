import { type SearchOrder, dropSearchOrderIndexSqliteSql, searchOrderIndexSqliteSql } from '../search';

/** The driver the services use on SQLite (it ships no type declarations). */
const Database = require('better-sqlite3') as new (file: string) => {
  exec(sql: string): void;
  prepare(sql: string): { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
  close(): void;
};

/**
 * A search-order index holds each row once, under its sort key (high bits) and rowid (low 32 bits),
 * from the rows already there and through every insert, update and delete — for each kind of key.
 */
describe('search-order index (SQLite)', () => {
  const kinds: [SearchOrder['kind'], string, (v: unknown) => number][] = [
    ['date', 'text', (v) => Math.floor(Date.parse(`${v}T00:00:00Z`) / 86_400_000 + 2440587.5)],
    ['datetime', 'datetime', (v) => Math.floor(Number(v) / 60_000)],
    ['integer', 'integer', (v) => Number(v)],
  ];
  const values: Record<string, unknown[]> = {
    date: ['2024-03-04', '2017-12-31', '2026-01-01'],
    datetime: [Date.UTC(2024, 2, 4, 10, 30, 59), Date.UTC(2017, 0, 1), Date.UTC(2026, 5, 1, 23, 59, 1)],
    integer: [2025, 2017, 2030],
  };

  it.each(kinds)('keeps a %s key in step with its rows', (kind, type, keyOf) => {
    const db = new Database(':memory:');
    try {
      db.exec(`create table t (id text primary key, search_text text not null default '', v ${type})`);
      const [a, b, c] = values[kind];
      db.prepare(`insert into t (id, search_text, v) values ('a', 'dien rong mot', ?)`).run(a);
      const order: SearchOrder = { table: 't', column: 'v', kind };
      for (const sql of searchOrderIndexSqliteSql(order)) db.exec(sql);
      const index = (word: string) =>
        db
          .prepare(
            `select rowid >> 32 as k, rowid & 4294967295 as r from t_search_by_v where t_search_by_v match ? order by rowid`,
          )
          .all(`"${word}"`);
      const rowid = (id: string) =>
        (db.prepare(`select rowid as r from t where id = ?`).all(id)[0] as { r: number }).r;

      // Filled from the row already there; then an insert.
      db.prepare(`insert into t (id, search_text, v) values ('b', 'dien rong hai', ?)`).run(b);
      expect(index('dien rong')).toEqual(
        [
          { k: keyOf(b), r: rowid('b') },
          { k: keyOf(a), r: rowid('a') },
        ].sort((x, y) => x.k - y.k),
      );
      // An update of the sort column moves the row; of its words, changes what finds it.
      db.prepare(`update t set v = ? where id = 'a'`).run(c);
      expect(index('mot')).toEqual([{ k: keyOf(c), r: rowid('a') }]);
      db.exec(`update t set search_text = 'khac' where id = 'b'`);
      expect(index('hai')).toEqual([]);
      expect(index('khac')).toEqual([{ k: keyOf(b), r: rowid('b') }]);
      // A delete takes the row out; a null key sorts first (0).
      db.exec(`delete from t where id = 'a'`);
      expect(index('dien rong')).toEqual([]);
      db.exec(`insert into t (id, search_text, v) values ('n', 'khong ngay', null)`);
      expect(index('khong')).toEqual([{ k: 0, r: rowid('n') }]);

      for (const sql of dropSearchOrderIndexSqliteSql(order)) db.exec(sql);
      db.exec(`insert into t (id, search_text, v) values ('d', 'sau khi bo', null)`);
      expect(db.prepare(`select name from sqlite_master where name like 't_search_by_v%'`).all()).toEqual([]);
    } finally {
      db.close();
    }
  });
});
