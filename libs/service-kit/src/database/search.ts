import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
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
    indexedSearches.set(conditions, { table, indexed, scan: () => words.map(like) });
  }
  return { $and: conditions as FilterQuery<T>[] };
}

/** What `searchFilter` made of a query answered by the SQLite index: for `broadSearch`. */
const indexedSearches = new WeakMap<object, { table: string; indexed: string[]; scan: () => object[] }>();

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
