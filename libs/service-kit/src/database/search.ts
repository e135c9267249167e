import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { Migration } from '@mikro-orm/migrations';
import { sqlDialect } from './orm-options';
import { knexOf, run } from './sql';

/**
 * Free-text search of a table's folded `search_text` column, one way for every list.
 *
 * The column holds the record's words lower-case and without Vietnamese diacritics (`searchText`), and
 * a query's words are folded the same way, so "ngoai" finds "Ngoại" and "NGOẠI". Every word must appear
 * in the column, in any order, as a substring (`LIKE '%word%'`). What answers it at a million rows:
 * - PostgreSQL: a trigram GIN index on the column (pg_trgm, `gin_trgm_ops`) answers the LIKE filters.
 * - SQLite: an FTS5 table with the trigram tokenizer over the column (`<table>_search`, external
 *   content: it stores only the index), kept by triggers in the same transaction as its row
 *   (`searchIndexSqliteSql`). Words of 3 characters or more are matched there; the trigram index cannot
 *   answer shorter words, which filter the rows the index found (or, alone, scan the column).
 */

/** At most this many words of a query are searched for. */
export const MAX_SEARCH_WORDS = 8;

/** Lower-case, without Vietnamese diacritics, so "dao tao" finds "Đào tạo". */
export function searchText(...parts: (string | undefined | null)[]): string {
  return parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * The folded words of a free-text query. LIKE wildcards are dropped: SQLite's LIKE has no default escape
 * character, and nobody searches a plan record for `%`.
 */
export function searchWords(q: string | undefined | null): string[] {
  return searchText(q)
    .replace(/[\\%_]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
}

/** The FTS5 table indexing a SQLite table's `search_text`. */
export const searchIndexTable = (table: string) => `${table}_search`;

/** Words the trigram index answers (3 characters or more) and the shorter ones it cannot. */
function splitWords(words: string[]): { indexed: string[]; short: string[] } {
  return {
    indexed: words.filter((w) => [...w].length >= 3),
    short: words.filter((w) => [...w].length < 3),
  };
}

/** An FTS5 query finding rows holding every word as a substring: each word a quoted phrase, ANDed. */
export function ftsMatch(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

/** The rowids of a SQLite table whose search text holds every (indexed) word. */
function matchingRowids(knex: Knex, table: string, words: string[]): Knex.QueryBuilder {
  const fts = searchIndexTable(table);
  return knex
    .from(fts)
    .select('rowid')
    .whereRaw('?? match ?', [fts, ftsMatch(words)]);
}

/**
 * The free-text query `q` as a MikroORM filter on an entity with a `searchText` property (PlanRecord):
 * spread it into a list's `where`. Empty when `q` has no words.
 */
export function searchFilter<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  q: string | undefined,
): { $and?: FilterQuery<T>[] } {
  const words = searchWords(q);
  if (!words.length) return {};
  const like = (w: string) => ({ searchText: { $like: `%${w}%` } });
  if (sqlDialect(em) === 'postgresql') return { $and: words.map(like) as FilterQuery<T>[] };
  const { indexed, short } = splitWords(words);
  const conditions: object[] = short.map(like);
  if (indexed.length) {
    const knex = knexOf(em);
    const table = em.getMetadata().get(entity as never).tableName;
    conditions.unshift({
      id: {
        $in: knex
          .from(table)
          .select('id')
          .whereIn('rowid', matchingRowids(knex, table, indexed)),
      },
    });
    indexedSearches.set(conditions, {
      table,
      indexed,
      scan: () => words.map(like),
      short: () => short.map(like),
    });
  }
  return { $and: conditions as FilterQuery<T>[] };
}

/**
 * `where` with its free-text search (SQLite index) answered by the first `rows` rows the index finds
 * only, or null when `where` holds no such search. For a read that wants a few rows in no order (the
 * global search): the index then stops after `rows` matches instead of listing every one of a broad
 * word's. Fewer rows than asked from it do not mean fewer match: then read with `where`.
 */
export function boundedSearch<T extends object>(
  em: EntityManager,
  where: FilterQuery<T>,
  rows: number,
): FilterQuery<T> | null {
  const conditions = (where as { $and?: object[] }).$and;
  const search = conditions && indexedSearches.get(conditions);
  if (!search) return null;
  const knex = knexOf(em);
  const first = matchingRowids(knex, search.table, search.indexed).limit(rows);
  return {
    ...where,
    $and: [{ id: { $in: knex.from(search.table).select('id').whereIn('rowid', first) } }, ...search.short()],
  } as FilterQuery<T>;
}

/** What `searchFilter` made of a query answered by the SQLite index: for `broadSearch`. */
const indexedSearches = new WeakMap<
  object,
  { table: string; indexed: string[]; scan: () => object[]; short: () => object[] }
>();

/**
 * A list's filter for a broad search (SQLite). The index answers a search with a few matches at once,
 * but a page of a search matching tens of thousands of rows costs reading every match to sort it
 * (0.3–5 s at a million rows). When the index finds more than `cap` rows, the page is first looked for
 * among the first rows in the list's order only (`page`: the words tested on each row's text, a bounded
 * number of rows read); the caller reads the page through the index (`where`) when that finds no full
 * page — the matches lie later in the order, or the page is the last. Reading in order without the bound
 * took over 5 s where the matches sit at the end of the order (rows sharing words and dates). Returns
 * null when `where` holds no such search or it is narrow; `counted` is the index's capped count when
 * nothing but the search narrows the list.
 */
export async function broadSearch<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  order: { sort: string; order: 'asc' | 'desc'; rows: number },
  cap: number,
): Promise<{ page: FilterQuery<T> | null; counted: number | null } | null> {
  const conditions = (where as { $and?: object[] }).$and;
  const search = conditions && indexedSearches.get(conditions);
  if (!search) return null;
  const knex = knexOf(em);
  const [row] = await run<{ n: number }>(
    em,
    knex.count({ n: '*' }).from(
      matchingRowids(knex, search.table, search.indexed)
        .limit(cap + 1)
        .as('m'),
    ),
  );
  const found = Number(row?.n ?? 0);
  if (found <= cap) return null;
  // Short words filter the index's rows further: then the index's count is not the list's.
  const onlySearch = Object.keys(where).length === 1 && conditions.length === 1;
  const counted = onlySearch ? found : null;
  const column = em.getMetadata().get(entity as never).properties[order.sort as never] as
    { fieldNames?: string[] } | undefined;
  const ordered = column?.fieldNames?.length
    ? await orderedPage(em, search, column.fieldNames[0], where, order, onlySearch)
    : null;
  if (ordered) return { page: ordered, counted };
  const bound = Math.max(BROAD_PREFIX_ROWS, order.rows * 100);
  if (!column?.fieldNames?.length || bound > BROAD_PREFIX_MAX_ROWS) return { page: null, counted };
  const first = knex
    .from(search.table)
    .select('id')
    .orderBy([
      { column: column.fieldNames[0], order: order.order },
      { column: 'id', order: order.order },
    ])
    .limit(bound);
  return {
    page: { ...where, $and: [...search.scan(), { id: { $in: first } }] } as FilterQuery<T>,
    counted,
  };
}

/**
 * A broad search's page in a sort order that has a search-order index (`searchOrderIndexSqliteSql`):
 * that index holds the same trigrams keyed by (sort key, rowid), so FTS5 walks the matches in the
 * list's order and stops at the n-th (n: the rows up to the end of the page; more when other filters
 * may drop some) — wherever the matches sit in the order, reading about n of them (the rarest trigram
 * leads FTS5's walk). The first n matches in the list's exact order are then those with a key before
 * the n-th's (fewer than n, read and sorted) and the first of those sharing its key, read in order on
 * the list's (column, id) index (many rows can share a date). The page is read among those n rows.
 * Null when the order has no such index, n is too deep, or fewer than n rows match (then the index's
 * own answer is small).
 */
async function orderedPage<T extends object>(
  em: EntityManager,
  search: { table: string; indexed: string[]; short: () => object[] },
  column: string,
  where: FilterQuery<T>,
  order: { order: 'asc' | 'desc'; rows: number },
  onlySearch: boolean,
): Promise<FilterQuery<T> | null> {
  const kind = await searchOrderKind(em, search.table, column);
  if (!kind) return null;
  // Other filters keep only some of the word matches: look further so that the page is likely full
  // (when it is not, the caller reads it through the index).
  const n = onlySearch ? order.rows : order.rows * ORDER_WALK_FILTERED;
  if (n > ORDER_WALK_MAX_ROWS) return null;
  const knex = knexOf(em);
  const index = searchOrderTable(search.table, column);
  const match = ftsMatch(search.indexed);
  const [nth] = await run<{ key: number }>(
    em,
    knex
      .from(index)
      .select(knex.raw('rowid >> 32 as ??', ['key']))
      .whereRaw('?? match ?', [index, match])
      .orderBy('rowid', order.order)
      .limit(1)
      .offset(n - 1),
  );
  const key = Number(nth?.key);
  // A key at either end of its range may stand for several values of the column (clamped).
  if (!nth || !(key > 0 && key < MAX_ORDER_KEY)) return null;
  const dir = order.order === 'desc' ? 'desc' : 'asc';
  const before = dir === 'desc' ? 'rowid >= ((? + 1) << 32)' : 'rowid < (? << 32)';
  const sameKey = orderKeyValues(kind, column, key);
  const rowids = (range: string) =>
    `select rowid & ${ROWID_MASK} from \`${index}\` where \`${index}\` match ? and ${range}`;
  // `+rowid`: the rows sharing the key are read on the column's index, not looked up one by one.
  const sql =
    `select id from (` +
    `select id, \`${column}\` as k from \`${search.table}\` where rowid in (${rowids(before)}) ` +
    `union all select * from (select id, \`${column}\` as k from \`${search.table}\` ` +
    `where ${sameKey.sql} and +rowid in (${rowids('rowid >= (? << 32) and rowid < ((? + 1) << 32)')}) ` +
    `order by \`${column}\` ${dir}, id ${dir} limit ?)` +
    `) order by k ${dir}, id ${dir} limit ?`;
  const first = (await (em as SqlEntityManager).execute(sql, [
    match,
    key,
    ...sameKey.values,
    match,
    key,
    key,
    n,
    n,
  ])) as { id: string }[];
  return {
    ...where,
    $and: [{ id: { $in: first.map((r) => r.id) } }, ...search.short()],
  } as FilterQuery<T>;
}

/** The column's values whose key is `key` (the key made by `orderKeySql`), as a condition. */
function orderKeyValues(
  kind: SearchOrderKind,
  column: string,
  key: number,
): { sql: string; values: (string | number)[] } {
  const c = `\`${column}\``;
  if (kind === 'date')
    return {
      sql: `${c} = ?`,
      values: [new Date((key + 0.5 - 2440587.5) * 86_400_000).toISOString().slice(0, 10)],
    };
  if (kind === 'datetime')
    return { sql: `${c} >= ? and ${c} < ?`, values: [key * 60_000, (key + 1) * 60_000] };
  return { sql: `${c} = ?`, values: [key] };
}

/** Word matches looked for when other filters narrow the list, per row of the page. */
const ORDER_WALK_FILTERED = 10;
/** The deepest match walked to in order (deeper pages go through the index). */
const ORDER_WALK_MAX_ROWS = 5_000;
/** The table's rowid in a search-order index's rowid: its low 32 bits. */
const ROWID_MASK = 0xffffffff;
/** Sort keys are clamped to [0, MAX_ORDER_KEY]. */
const MAX_ORDER_KEY = 2_147_483_647;

/**
 * The kind of key of a SQLite table's search-order index in the order of `column`, or undefined when it
 * has none (read once per database, from its insert trigger).
 */
async function searchOrderKind(
  em: EntityManager,
  table: string,
  column: string,
): Promise<SearchOrderKind | undefined> {
  const knex = knexOf(em);
  let known = orderIndexes.get(knex);
  if (!known) {
    const rows = await run<{ name: string; sql: string }>(
      em,
      knex.from('sqlite_master').select('name', 'sql').where({ type: 'trigger' }),
    );
    known = new Map();
    for (const { name, sql } of rows) {
      if (!name.includes('_search_by_') || !name.endsWith('_insert')) continue;
      const kind: SearchOrderKind = sql.includes('/ 60000')
        ? 'datetime'
        : sql.includes('julianday')
          ? 'date'
          : 'integer';
      known.set(name.slice(0, -'_insert'.length), kind);
    }
    orderIndexes.set(knex, known);
  }
  return known.get(searchOrderTable(table, column));
}
const orderIndexes = new WeakMap<object, Map<string, SearchOrderKind>>();

/** The rows in list order a broad search's page is first looked for among: at least these… */
const BROAD_PREFIX_ROWS = 2_000;
/** …and at most these (deeper pages go through the index). */
const BROAD_PREFIX_MAX_ROWS = 50_000;

/**
 * The free-text words as conditions of a knex query over `table` (aliased, its search column given as
 * `alias.search_text`), for the queries the ORM does not express (the reporting read model).
 */
export function whereSearch(
  em: EntityManager,
  query: Knex.QueryBuilder,
  table: { name: string; alias?: string },
  words: string[],
): Knex.QueryBuilder {
  if (!words.length) return query;
  const column = table.alias ? `${table.alias}.search_text` : 'search_text';
  if (sqlDialect(em) === 'postgresql') {
    for (const word of words) query.where(column, 'like', `%${word}%`);
    return query;
  }
  const { indexed, short } = splitWords(words);
  if (indexed.length)
    query.whereIn(
      table.alias ? `${table.alias}.rowid` : 'rowid',
      matchingRowids(knexOf(em), table.name, indexed),
    );
  for (const word of short) query.where(column, 'like', `%${word}%`);
  return query;
}

/**
 * The SQLite statements that index a table's `search_text` with FTS5 trigrams, keep the index in the
 * transaction of every insert, update and delete of a row (triggers), and fill it from the rows already
 * there. The index is keyed by the table's rowid; a VACUUM may renumber the rowids of a table without an
 * integer primary key, so after one, `insert into <table>_search(<table>_search) values ('rebuild')`.
 */
export function searchIndexSqliteSql(table: string): string[] {
  const fts = searchIndexTable(table);
  const remove = `insert into \`${fts}\` (\`${fts}\`, rowid, search_text) values ('delete', old.rowid, old.search_text);`;
  const add = `insert into \`${fts}\` (rowid, search_text) values (new.rowid, new.search_text);`;
  return [
    `create virtual table \`${fts}\` using fts5(search_text, content='${table}', content_rowid='rowid', tokenize='trigram');`,
    `create trigger \`${fts}_insert\` after insert on \`${table}\` begin ${add} end;`,
    `create trigger \`${fts}_delete\` after delete on \`${table}\` begin ${remove} end;`,
    `create trigger \`${fts}_update\` after update of search_text on \`${table}\` begin ${remove} ${add} end;`,
    `insert into \`${fts}\` (\`${fts}\`) values ('rebuild');`,
  ];
}

export function dropSearchIndexSqliteSql(table: string): string[] {
  const fts = searchIndexTable(table);
  return [
    ...['insert', 'delete', 'update'].map((op) => `drop trigger if exists \`${fts}_${op}\`;`),
    `drop table if exists \`${fts}\`;`,
  ];
}

/**
 * A migration adding the FTS5 search index of each table (SQLite), filled from the rows already there.
 * Each service's sqlite migrations have one: `class Migration… extends SearchIndexSqlite(['table']) {}`.
 */
export function SearchIndexSqlite(tables: string[]) {
  return class extends Migration {
    override async up(): Promise<void> {
      for (const table of tables) for (const statement of searchIndexSqliteSql(table)) this.addSql(statement);
    }

    override async down(): Promise<void> {
      for (const table of tables)
        for (const statement of dropSearchIndexSqliteSql(table)) this.addSql(statement);
    }
  };
}

/** How a search-order index turns its column into an integer key in the same order. */
export type SearchOrderKind = 'date' | 'datetime' | 'integer';

/** A table's search in the order of one of its columns (its list's default sort). */
export interface SearchOrder {
  table: string;
  column: string;
  kind: SearchOrderKind;
}

/** The FTS5 table indexing a SQLite table's `search_text` in the order of `column`. */
export const searchOrderTable = (table: string, column: string) => `${table}_search_by_${column}`;

/**
 * The sort key of a row (`ref`: `new`, `old` or the table) as a whole number in [0, 2^31), never out of
 * the column's order (equal keys are allowed: the page is then sorted among them): a date's day, a
 * timestamp's minute (MikroORM writes epoch milliseconds; an ISO text is read too), an integer itself.
 */
function orderKeySql(kind: SearchOrderKind, ref: string): string {
  const key = {
    date: `cast(julianday(${ref}) as integer)`,
    datetime: `case when typeof(${ref}) in ('integer', 'real') then cast(${ref} / 60000 as integer) else cast((julianday(${ref}) - 2440587.5) * 1440 as integer) end`,
    integer: `cast(${ref} as integer)`,
  }[kind];
  return `max(0, min(coalesce(${key}, 0), 2147483647))`;
}

/** A row's rowid in a search-order index: its sort key in the high bits, its own rowid in the low 32. */
const orderRowidSql = (kind: SearchOrderKind, row: string, column: string) =>
  `((${orderKeySql(kind, `${row}.\`${column}\``)} << 32) + ${row}.rowid)`;

/**
 * The SQLite statements that make a table's search-order index: an FTS5 trigram index of `search_text`
 * without a copy of the text (contentless, rows deletable), whose rowid puts the rows in the order of
 * `column` (`orderedPage`), kept by triggers in the transaction of every insert, update and delete, and
 * filled from the rows already there. Like the search index it holds rowids: after a VACUUM, empty it
 * (`delete from <index>`) and run the last statement again.
 */
export function searchOrderIndexSqliteSql({ table, column, kind }: SearchOrder): string[] {
  const index = searchOrderTable(table, column);
  const rowid = (row: string) => orderRowidSql(kind, row, column);
  const remove = `delete from \`${index}\` where rowid = ${rowid('old')};`;
  const add = `insert into \`${index}\` (rowid, search_text) values (${rowid('new')}, new.search_text);`;
  return [
    `create virtual table \`${index}\` using fts5(search_text, content='', contentless_delete=1, tokenize='trigram');`,
    `create trigger \`${index}_insert\` after insert on \`${table}\` begin ${add} end;`,
    `create trigger \`${index}_delete\` after delete on \`${table}\` begin ${remove} end;`,
    `create trigger \`${index}_update\` after update of search_text, \`${column}\` on \`${table}\` begin ${remove} ${add} end;`,
    `insert into \`${index}\` (rowid, search_text) select ${rowid(`\`${table}\``)}, search_text from \`${table}\`;`,
    // One segment: FTS5 seeks through it faster than through the many a bulk fill leaves.
    `insert into \`${index}\` (\`${index}\`) values ('optimize');`,
  ];
}

export function dropSearchOrderIndexSqliteSql({ table, column }: SearchOrder): string[] {
  const index = searchOrderTable(table, column);
  return [
    ...['insert', 'delete', 'update'].map((op) => `drop trigger if exists \`${index}_${op}\`;`),
    `drop table if exists \`${index}\`;`,
  ];
}

/**
 * A migration adding search-order indexes (SQLite) for the lists' default sorts, filled from the rows
 * already there: `class Migration… extends SearchOrderIndexSqlite([{ table, column, kind }]) {}`.
 */
export function SearchOrderIndexSqlite(orders: SearchOrder[]) {
  return class extends Migration {
    override async up(): Promise<void> {
      for (const order of orders)
        for (const statement of searchOrderIndexSqliteSql(order)) this.addSql(statement);
    }

    override async down(): Promise<void> {
      for (const order of orders)
        for (const statement of dropSearchOrderIndexSqliteSql(order)) this.addSql(statement);
    }
  };
}
